// Solution: check and record in one step. With wasHandled() then markHandled(),
// two copies that arrive together both look before either records, across
// the awaits in between, and both send. claim() answers "was it free?" and
// takes it at once, so only one copy goes on. Claiming before sending means a
// failed send must give the job back, or no redelivery would ever send it.
import { sleep } from "lab";

export interface Delivery {
  jobId: number;
  site: string;
}

/** The database that every worker shares. Each call takes a few milliseconds. */
export interface Db {
  wasHandled(jobId: number): Promise<boolean>;
  markHandled(jobId: number): Promise<void>;
  /** Marks the job as taken and says whether it was free, in one step (like a unique key). */
  claim(jobId: number): Promise<boolean>;
  /** Undoes a claim, so that a later delivery can try the job again. */
  release(jobId: number): Promise<void>;
}

export async function handle(
  delivery: Delivery,
  db: Db,
  sendEmail: (site: string) => Promise<void>,
): Promise<void> {
  if (!(await db.claim(delivery.jobId))) return; // another copy has it, or had it
  try {
    await sendEmail(delivery.site);
  } catch (error) {
    await db.release(delivery.jobId); // let a later delivery try again
    throw error;
  }
}

// A small database in memory, for trying it out.
function memoryDb(): Db {
  const handled = new Set<number>();
  const call = () => sleep(5); // every query takes a little while
  return {
    async wasHandled(id) {
      await call();
      return handled.has(id);
    },
    async markHandled(id) {
      await call();
      handled.add(id);
    },
    async claim(id) {
      await call();
      if (handled.has(id)) return false;
      handled.add(id);
      return true;
    },
    async release(id) {
      await call();
      handled.delete(id);
    },
  };
}

const db = memoryDb();
const sent: string[] = [];
const sendEmail = async (site: string) => {
  await sleep(20);
  sent.push(site);
};
// Job 1 is delivered twice at once, job 2 once, then job 1 once more later.
await Promise.all([
  handle({ jobId: 1, site: "down.example.net" }, db, sendEmail),
  handle({ jobId: 1, site: "down.example.net" }, db, sendEmail),
  handle({ jobId: 2, site: "gone.example.invalid" }, db, sendEmail),
]);
await handle({ jobId: 1, site: "down.example.net" }, db, sendEmail);
for (const site of sent) console.log(`e-mail: ${site} is down`);
console.log(`${sent.length} e-mails for 2 jobs`);
