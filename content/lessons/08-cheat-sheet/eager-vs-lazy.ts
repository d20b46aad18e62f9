// The most common bug when porting asyncio code: in Python, calling an async
// function only creates a coroutine, and nothing runs until it is awaited or
// scheduled. In JavaScript, calling an async function runs it at once, up to
// its first await.
import { now, sleep } from "lab";

let requests = 0;
async function fetchFrom(server: string): Promise<string> {
  requests++; // runs the moment fetchFrom is called
  console.log(`request sent to ${server} at ${Math.round(now())} ms`);
  await sleep(100);
  return `data from ${server}`;
}

// Ported line by line from Python, where this line would send nothing:
//   backup = fetch_from("backup")   # a coroutine, kept in case it is needed
const backup = fetchFrom("backup");
const primary = await fetchFrom("primary");
console.log(`got ${primary}; the backup was not needed`);
console.log(`requests sent: ${requests}, not 1: the backup went out anyway`);
await backup; // awaited only so that the run ends tidily

// The JavaScript way to keep work for later: a function, called only if needed.
requests = 0;
const askBackup = () => fetchFrom("backup");
const answer = await fetchFrom("primary");
if (answer === "") await askBackup();
console.log(`with a function instead: ${requests} request sent`);
