// Exercise: survive duplicate deliveries.
// With at-least-once delivery the same job can arrive twice. This handler
// e-mails the owner of a down site every time a job arrives.
export interface Delivery {
  jobId: number;
  site: string;
}

const deliveries: Delivery[] = [
  { jobId: 1, site: "down.example.net" },
  { jobId: 2, site: "gone.example.invalid" },
  { jobId: 1, site: "down.example.net" }, // redelivered after a timeout
  { jobId: 3, site: "down.example.org" },
  { jobId: 2, site: "gone.example.invalid" }, // redelivered too
];

// TODO: make the handler idempotent, so each job sends at most one e-mail
// however many times it is delivered.
export function handleAll(list: Delivery[]): string[] {
  const sent: string[] = [];
  for (const delivery of list) {
    sent.push(`e-mail: ${delivery.site} is down`);
  }
  return sent;
}

for (const line of handleAll(deliveries)) console.log(line);
