// A pool task that uses a variable defined outside itself.
import { map } from "lab";

const VAT = 0.2; // lives on the main thread only

try {
  const gross = await map((net: number) => net * (1 + VAT), [10, 20, 30]);
  console.log(`with VAT: ${gross.join(", ")}`);
} catch (error) {
  console.log(`failed: ${(error as Error).message}`);
}
console.log("finished");
