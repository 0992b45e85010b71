import { defineCorpusTests } from "./corpus-cases.ts";

defineCorpusTests(1, 2);
