// Every generated file says where it comes from and how to regenerate it (STYLE.md #2).
export const SOURCE_FILE = "asyncapi.yaml";
export const REGENERATE_COMMAND = "npm run generate";

export const BANNER_TEXT = `GENERATED from ${SOURCE_FILE} by \`${REGENERATE_COMMAND}\`. Do not edit: edit ${SOURCE_FILE} and regenerate.`;

export const TS_BANNER = `/* eslint-disable */\n// ${BANNER_TEXT}\n`;
