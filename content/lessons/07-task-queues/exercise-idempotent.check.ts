import { defineChecks } from "looplab/check";

interface Delivery {
  jobId: number;
  site: string;
}

interface Learner {
  handleAll(list: Delivery[]): string[];
}

export default defineChecks<Learner>((learner, t) => {
  const list: Delivery[] = [
    { jobId: 7, site: "shop.example.com" },
    { jobId: 8, site: "down.example.net" },
    { jobId: 7, site: "shop.example.com" }, // redelivered
    { jobId: 7, site: "shop.example.com" }, // and again
    { jobId: 9, site: "blog.example.org" },
    { jobId: 8, site: "down.example.net" }, // redelivered
  ];
  t.equal(
    "one e-mail per job, in first-delivery order, however often a job arrives",
    learner.handleAll(list),
    [
      "e-mail: shop.example.com is down",
      "e-mail: down.example.net is down",
      "e-mail: blog.example.org is down",
    ],
  );
  t.equal(
    "a list without repeats sends every e-mail",
    learner.handleAll([
      { jobId: 1, site: "a.example" },
      { jobId: 2, site: "a.example" },
    ]),
    ["e-mail: a.example is down", "e-mail: a.example is down"],
  );
});
