// The fix: everything the task needs travels with each item.
import { map } from "lab";

const VAT = 0.2;

const gross = await map(
  ({ net, vat }: { net: number; vat: number }) => net * (1 + vat),
  [10, 20, 30].map((net) => ({ net, vat: VAT })),
);
console.log(`with VAT: ${gross.join(", ")}`);
