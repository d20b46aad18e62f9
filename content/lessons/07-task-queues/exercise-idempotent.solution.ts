// Solution: remember which job ids were handled and skip repeats. In a real
// system that record lives next to the side effect (e.g. a database row
// with a unique job id), so it survives a worker crash too.
export interface Delivery {
  jobId: number;
  site: string;
}

const deliveries: Delivery[] = [
  { jobId: 1, site: "down.example.net" },
  { jobId: 2, site: "gone.example.invalid" },
  { jobId: 1, site: "down.example.net" },
  { jobId: 3, site: "down.example.org" },
  { jobId: 2, site: "gone.example.invalid" },
];

export function handleAll(list: Delivery[]): string[] {
  const sent: string[] = [];
  const done = new Set<number>();
  for (const delivery of list) {
    if (done.has(delivery.jobId)) continue;
    done.add(delivery.jobId);
    sent.push(`e-mail: ${delivery.site} is down`);
  }
  return sent;
}

for (const line of handleAll(deliveries)) console.log(line);
