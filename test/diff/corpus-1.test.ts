import { defineCorpusTests } from "./corpus-cases.ts";

defineCorpusTests(0, 2);
