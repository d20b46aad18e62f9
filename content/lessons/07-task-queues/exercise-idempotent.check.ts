import { defineChecks } from "looplab/check";

interface Delivery {
  jobId: number;
  site: string;
}

interface Db {
  wasHandled(jobId: number): Promise<boolean>;
  markHandled(jobId: number): Promise<void>;
  claim(jobId: number): Promise<boolean>;
  release(jobId: number): Promise<void>;
}

interface Learner {
  handle(delivery: Delivery, db: Db, sendEmail: (site: string) => Promise<void>): Promise<void>;
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

// A database shared by every delivery of a scenario; each query takes 5 ms.
function fakeDb(): Db {
  const handled = new Set<number>();
  return {
    async wasHandled(id) {
      await pause(5);
      return handled.has(id);
    },
    async markHandled(id) {
      await pause(5);
      handled.add(id);
    },
    async claim(id) {
      await pause(5);
      if (handled.has(id)) return false;
      handled.add(id);
      return true;
    },
    async release(id) {
      await pause(5);
      handled.delete(id);
    },
  };
}

/** An e-mail sender that records what it sent; it fails for the sites in `failOnce`, once each. */
function mailer(failOnce: string[] = []) {
  const sent: string[] = [];
  const failing = new Set(failOnce);
  const send = async (site: string) => {
    await pause(20);
    if (failing.delete(site)) throw new Error(`mail server refused the e-mail about ${site}`);
    sent.push(site);
  };
  return { send, sent };
}

// Job ids start at 100, apart from the ones the exercise's own demo uses.
export default defineChecks<Learner>(async (learner, t) => {
  {
    const db = fakeDb();
    const mail = mailer();
    const deliver = (jobId: number, site: string) => learner.handle({ jobId, site }, db, mail.send);
    await Promise.all([deliver(101, "shop.example.com"), deliver(102, "blog.example.org")]);
    await deliver(101, "shop.example.com"); // redelivered after the first was handled
    t.equal("a job delivered again after it was handled sends nothing more", mail.sent.toSorted(), [
      "blog.example.org",
      "shop.example.com",
    ]);
  }
  {
    const db = fakeDb();
    const mail = mailer();
    const deliver = (jobId: number, site: string) => learner.handle({ jobId, site }, db, mail.send);
    await Promise.all([
      deliver(201, "api.example.net"),
      deliver(201, "api.example.net"), // the same job, delivered twice at once
      pause(2).then(() => deliver(201, "api.example.net")), // and once more, 2 ms later
      deliver(202, "api.example.net"), // another job about the same site
    ]);
    await t.check("copies of a job that arrive together send one e-mail", () => {
      const count = mail.sent.length;
      if (count !== 2)
        throw new Error(
          `three copies of job 201 arriving within 2 ms, plus job 202, sent ${count} e-mails (expected 2: one per job). Each copy looked in the database before any copy had recorded the job, because every await in between lets the other copies run. Looking and recording must be one step.`,
        );
    });
  }
  {
    const db = fakeDb();
    const mail = mailer(["docs.example.dev"]);
    const deliver = (jobId: number, site: string) => learner.handle({ jobId, site }, db, mail.send);
    await deliver(301, "docs.example.dev").catch(() => undefined); // the e-mail fails
    await deliver(301, "docs.example.dev"); // redelivered, because it was never acknowledged
    t.equal("a job whose e-mail failed is sent when it is delivered again", mail.sent, [
      "docs.example.dev",
    ]);
  }
});
