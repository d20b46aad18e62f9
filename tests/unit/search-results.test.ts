import { describe, expect, it } from "vitest";
import { excerptWords, hitFor, wordWindow } from "../../src/lib/search-results.ts";

const words = (n: number, markAt: number) =>
  Array.from({ length: n }, (_, i) => ({ text: `w${i}`, mark: i === markAt }));

describe("search results", () => {
  it("reads pagefind's excerpt as whole words, decoding entities", () => {
    expect(excerptWords("loop and the <mark>GIL,</mark> x &gt; 1 &amp;&amp; y&#39;s")).toEqual([
      { text: "loop", mark: false },
      { text: "and", mark: false },
      { text: "the", mark: false },
      { text: "GIL,", mark: true },
      { text: "x", mark: false },
      { text: ">", mark: false },
      { text: "1", mark: false },
      { text: "&&", mark: false },
      { text: "y's", mark: false },
    ]);
  });

  it("marks a whole word when the match is part of it", () => {
    expect(excerptWords("the <mark>GIL</mark>'s lock")).toEqual([
      { text: "the", mark: false },
      { text: "GIL's", mark: true },
      { text: "lock", mark: false },
    ]);
  });

  it("keeps a window of words around the first match and says where it cut", () => {
    const w = wordWindow(words(40, 20), 12);
    expect(w.words.map((x) => x.text)).toEqual(Array.from({ length: 12 }, (_, i) => `w${16 + i}`));
    expect([w.cutStart, w.cutEnd]).toEqual([true, true]);
    const start = wordWindow(words(40, 0), 12);
    expect([start.words[0]?.text, start.cutStart, start.cutEnd]).toEqual(["w0", false, true]);
    const short = wordWindow(words(5, 4), 12);
    expect([short.words.length, short.cutStart, short.cutEnd]).toEqual([5, false, false]);
  });

  it("links to the section with the most matches", () => {
    const hit = hitFor({
      url: "/lessons/02-event-loop/",
      excerpt: "top <mark>GIL</mark>",
      meta: { title: "The event loop" },
      sub_results: [
        {
          url: "/lessons/02-event-loop/",
          title: "The event loop",
          excerpt: "top",
          locations: [1, 2],
        },
        { url: "/lessons/02-event-loop/#a", title: "A", excerpt: "a", locations: [3] },
        {
          url: "/lessons/02-event-loop/#gil",
          title: "The GIL",
          excerpt: "the <mark>GIL</mark>",
          locations: [4, 5, 6],
        },
      ],
    });
    expect([hit.url, hit.title, hit.section]).toEqual([
      "/lessons/02-event-loop/#gil",
      "The event loop",
      "The GIL",
    ]);
  });

  it("links to the page when its top has the most matches", () => {
    const hit = hitFor({
      url: "/x/",
      excerpt: "e",
      meta: { title: "X" },
      sub_results: [{ url: "/x/", title: "X", excerpt: "<mark>e</mark>", locations: [1, 2] }],
    });
    expect([hit.url, hit.section]).toEqual(["/x/", undefined]);
  });
});
