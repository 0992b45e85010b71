/* eslint-disable */
// GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.

import { createRequire } from "node:module";
const require = createRequire(import.meta.url);

// scripts/codegen/runtime/contract-date-time.js, copied by the generator:
// The contract's Timestamp check as plain code, inlined into generated/validators.js.
// ajv-formats' full `date-time` splits the string, runs two regular expressions and
// converts the parts; for the one shape the contract allows (asyncapi.yaml
// components.schemas.Timestamp: YYYY-MM-DDTHH:MM:SS[.fraction]Z, seconds 00-59) this
// reads the digits by char code and checks the calendar by arithmetic, no Date and no
// regular expression. Any other string goes to the full check it is given (in generated
// code, full-date-time.js: ajv-formats' own verdict), so the `format` verdict (and ajv's
// error list) is exactly what full mode gives for every string; only its cost changes.
// Plain JavaScript: the generator copies this text.

const DAYS_IN_MONTH = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The value of two ASCII digits at `i` and `i + 1`, or -1 when either is not a digit. */
function twoDigits(s, i) {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * @param {(value: string) => boolean} fullDateTime ajv-formats' full `date-time` check
 * @returns {(value: string) => boolean} the same verdicts, fast on the contract's shape
 */
function contractDateTime(fullDateTime) {
  return function dateTime(s) {
    const n = s.length;
    // "-", "-", "T", ":", ":" at fixed places and "Z" last (20 = the shortest form).
    if (
      n < 20 ||
      s.charCodeAt(4) !== 45 ||
      s.charCodeAt(7) !== 45 ||
      s.charCodeAt(10) !== 84 ||
      s.charCodeAt(13) !== 58 ||
      s.charCodeAt(16) !== 58 ||
      s.charCodeAt(n - 1) !== 90
    ) {
      return fullDateTime(s);
    }
    const century = twoDigits(s, 0);
    const yy = twoDigits(s, 2);
    const month = twoDigits(s, 5);
    const day = twoDigits(s, 8);
    const hour = twoDigits(s, 11);
    const minute = twoDigits(s, 14);
    const second = twoDigits(s, 17);
    // Seconds 60-99 (a leap second, or nonsense) are full mode's business.
    if ((century | yy | month | day | hour | minute | second) < 0 || second > 59) {
      return fullDateTime(s);
    }
    if (n > 20) {
      // "." and at least one digit before the "Z".
      if (n === 21 || s.charCodeAt(19) !== 46) return fullDateTime(s);
      for (let i = 20; i < n - 1; i++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57) return fullDateTime(s);
      }
    }
    // Here full mode's answer is: a real calendar date, hour <= 23, minute <= 59 (its
    // leap-second branch needs second 60, excluded above).
    const year = century * 100 + yy;
    const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
    const days = month === 2 && leap ? 29 : DAYS_IN_MONTH[month];
    return month >= 1 && month <= 12 && day >= 1 && day <= days && hour <= 23 && minute <= 59;
  };
}

// scripts/codegen/runtime/full-date-time.js, copied by the generator:
// ajv-formats' full `date-time` (ajv-formats 3.0.1, dist/formats.js getDateTime(true)),
// the same verdict for every string, read by char code: no split(), no regular expression
// match arrays, no substrings (the fraction of a second aside). Invalid payloads meet it:
// when a timestamp fails the contract's pattern, the error-listing pass still asks the
// format, and ajv-formats' version costs about as much as the rest of the payload.
// What it decides, step by step as ajv-formats does:
//   str.split(/t|\s/i) has exactly two parts: one separator (t, T or a \s character);
//   the date /^(\d\d\d\d)-(\d\d)-(\d\d)$/ with month 1-12 and a real day of that month;
//   the time /^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i with a
//   zone (strict), zone hour <= 23 and minute <= 59, then hour <= 23, minute <= 59,
//   second < 60, or a leap second (second < 61) at 23:59 UTC.
// Plain JavaScript: the generator copies this text into generated/validators.js.
// test/contract/full-date-time.test.ts compares it with ajv-formats' function.

const DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** JavaScript's \s: what splits a date-time besides t and T. */
function isSpace(c) {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

function digitAt(s, i) {
  const d = s.charCodeAt(i) - 48;
  return d >= 0 && d <= 9 ? d : -1;
}

/** Two ASCII digits at i, i + 1 as a number, or -1. */
function pairAt(s, i) {
  const a = digitAt(s, i);
  const b = digitAt(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/** @param {string} s */
function fullDateTime(s) {
  const n = s.length;
  // The one separator, and no second one anywhere.
  let sep = -1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 84 || c === 116 || isSpace(c)) {
      if (sep >= 0) return false;
      sep = i;
    }
  }
  // The date: exactly ten characters before it.
  if (sep !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  const century = pairAt(s, 0);
  const yy = pairAt(s, 2);
  const month = pairAt(s, 5);
  const day = pairAt(s, 8);
  if (century < 0 || yy < 0 || month < 0 || day < 0) return false;
  const year = century * 100 + yy;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  if (month < 1 || month > 12 || day < 1 || day > (month === 2 && leap ? 29 : DAYS[month])) {
    return false;
  }
  // The time: HH:MM:SS[.digits] then the zone, which strict mode requires.
  const t = 11;
  if (n < t + 9 || s.charCodeAt(t + 2) !== 58 || s.charCodeAt(t + 5) !== 58) return false;
  const hr = pairAt(s, t);
  const min = pairAt(s, t + 3);
  const whole = pairAt(s, t + 6);
  if (hr < 0 || min < 0 || whole < 0) return false;
  let i = t + 8;
  let sec = whole;
  if (s.charCodeAt(i) === 46) {
    const start = i + 1;
    i = start;
    while (i < n && digitAt(s, i) >= 0) i++;
    if (i === start) return false;
    // As ajv-formats reads it (+"59.9999999999999999" is 60): the same conversion.
    sec = +s.slice(t + 6, i);
  }
  let tzSign = 1;
  let tzH = 0;
  let tzM = 0;
  const z = s.charCodeAt(i);
  if (z === 90 || z === 122) {
    if (i + 1 !== n) return false;
  } else if (z === 43 || z === 45) {
    tzSign = z === 45 ? -1 : 1;
    tzH = pairAt(s, i + 1);
    if (tzH < 0) return false;
    i += 3;
    if (i < n) {
      if (s.charCodeAt(i) === 58) i++;
      tzM = pairAt(s, i);
      if (tzM < 0 || i + 2 !== n) return false;
    }
  } else {
    // No zone (or something else where it should be).
    return false;
  }
  if (tzH > 23 || tzM > 59) return false;
  if (hr <= 23 && min <= 59 && sec < 60) return true;
  // A leap second: 23:59:60 in UTC.
  const utcMin = min - tzM * tzSign;
  const utcHr = hr - tzH * tzSign - (utcMin < 0 ? 1 : 0);
  return (utcHr === 23 || utcHr === -1) && (utcMin === 59 || utcMin === -1) && sec < 61;
}

// scripts/codegen/runtime/code-point-count.js, copied by the generator:
// JSON Schema string length (code points, a surrogate pair counting once), as ajv's own
// ucs2length counts it. Two changes, same answers:
// - a native regular expression search jumps to the next high surrogate, and the char code
//   walk runs only from there until 16 units pass with no pair: text with a few emoji
//   costs a search per emoji (about half the cost of walking every unit, measured on the
//   bench corpus's 4001-4400 code point messages), dense emoji one walk;
// - a one-entry memo: when a payload fails, the error-listing pass re-checks the very
//   string the verdict pass just counted. Holds one string at most.
// Plain JavaScript: the generator copies this text into generated/validators.js.

const HIGH_SURROGATE = /[\uD800-\uDBFF]/g;
/** Units without a pair after which the walk hands back to the search. */
const QUIET_UNITS = 16;
let lastCounted = "";
let lastCount = 0;

/** @param {string} s */
function codePointCount(s) {
  if (s === lastCounted) return lastCount;
  const n = s.length;
  let count = n;
  let i = 0;
  while (i < n) {
    HIGH_SURROGATE.lastIndex = i;
    if (!HIGH_SURROGATE.test(s)) break;
    i = HIGH_SURROGATE.lastIndex - 1;
    for (let quiet = 0; i < n && quiet < QUIET_UNITS; ) {
      // A high surrogate followed by a low one is one code point; a lone one counts as one.
      if (
        (s.charCodeAt(i) & 0xfc00) === 0xd800 &&
        i + 1 < n &&
        (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00
      ) {
        count--;
        i += 2;
        quiet = 0;
      } else {
        i++;
        quiet++;
      }
    }
  }
  lastCounted = s;
  lastCount = count;
  return count;
}

const fullFormats = require("ajv-formats/dist/formats").fullFormats;
const contractFormats = {
  ...fullFormats,
  "date-time": contractDateTime(fullDateTime),
};
const verdicts = (() => {
const exports = {};
"use strict";
exports.USER_CONNECTED = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:USER_CONNECTED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"USER_CONNECTED","description":"A user's first connection opened.","type":"object","additionalProperties":false,"required":["userId","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema12 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};
const schema13 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};
const func2 = codePointCount;
const formats0 = contractFormats["date-time"];
const pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:USER_CONNECTED" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.userId === undefined) && (missing0 = "userId")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!((key0 === "userId") || (key0 === "timestamp"))){
validate10.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate10.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate10.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data1 = data.timestamp;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate10.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data1))){
validate10.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

exports.USER_DISCONNECTED = validate11;
const schema14 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:USER_DISCONNECTED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"USER_DISCONNECTED","description":"A user's last connection closed.","type":"object","additionalProperties":false,"required":["userId","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema15 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};
const schema16 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:USER_DISCONNECTED" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.userId === undefined) && (missing0 = "userId")) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate11.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!((key0 === "userId") || (key0 === "timestamp"))){
validate11.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate11.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate11.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data1 = data.timestamp;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(errors === _errs7){
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
validate11.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data1))){
validate11.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate11.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate11.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate11.errors = vErrors;
return errors === 0;
}

exports.MESSAGE_SENT = validate12;
const schema17 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:MESSAGE_SENT","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"MESSAGE_SENT","description":"A client posts a chat message in its current channel.","type":"object","additionalProperties":false,"required":["userId","message","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"message":{"$ref":"#/definitions/MessageText"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"MessageText":{"title":"MessageText","description":"The text of a chat message.","type":"string","minLength":1,"maxLength":4000},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema18 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};
const schema19 = {"title":"MessageText","description":"The text of a chat message.","type":"string","minLength":1,"maxLength":4000};
const schema20 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:MESSAGE_SENT" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.userId === undefined) && (missing0 = "userId")) || ((data.message === undefined) && (missing0 = "message"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate12.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(((key0 === "userId") || (key0 === "message")) || (key0 === "timestamp"))){
validate12.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate12.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate12.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
let data1 = data.message;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length > 4000 && func2(data1) > 4000){
validate12.errors = [{instancePath:instancePath+"/message",schemaPath:"#/definitions/MessageText/maxLength",keyword:"maxLength",params:{limit: 4000}}];
return false;
}
else {
if(data1.length < 1){
validate12.errors = [{instancePath:instancePath+"/message",schemaPath:"#/definitions/MessageText/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/message",schemaPath:"#/definitions/MessageText/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate12.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data2))){
validate12.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate12.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate12.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate12.errors = vErrors;
return errors === 0;
}

exports.MESSAGE_RECEIVED = validate13;
const schema21 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:MESSAGE_RECEIVED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"MESSAGE_RECEIVED","description":"A chat message delivered to a channel's members.","type":"object","additionalProperties":false,"required":["userId","message","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"message":{"$ref":"#/definitions/MessageText"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"MessageText":{"title":"MessageText","description":"The text of a chat message.","type":"string","minLength":1,"maxLength":4000},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema22 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};
const schema23 = {"title":"MessageText","description":"The text of a chat message.","type":"string","minLength":1,"maxLength":4000};
const schema24 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:MESSAGE_RECEIVED" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.userId === undefined) && (missing0 = "userId")) || ((data.message === undefined) && (missing0 = "message"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate13.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(((key0 === "userId") || (key0 === "message")) || (key0 === "timestamp"))){
validate13.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate13.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate13.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.message !== undefined){
let data1 = data.message;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length > 4000 && func2(data1) > 4000){
validate13.errors = [{instancePath:instancePath+"/message",schemaPath:"#/definitions/MessageText/maxLength",keyword:"maxLength",params:{limit: 4000}}];
return false;
}
else {
if(data1.length < 1){
validate13.errors = [{instancePath:instancePath+"/message",schemaPath:"#/definitions/MessageText/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/message",schemaPath:"#/definitions/MessageText/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate13.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data2))){
validate13.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate13.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate13.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate13.errors = vErrors;
return errors === 0;
}

exports.FILE_UPLOADED = validate14;
const schema25 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:FILE_UPLOADED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"FILE_UPLOADED","description":"A file was uploaded (metadata only).","type":"object","additionalProperties":false,"required":["userId","fileName","fileSize","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"fileName":{"$ref":"#/definitions/FileName"},"fileSize":{"$ref":"#/definitions/FileSize"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"FileName":{"title":"FileName","description":"A file's name, without any path (no `/`, `\\` or NUL).","type":"string","minLength":1,"maxLength":255,"pattern":"^[^/\\\\\\u0000]+$"},"FileSize":{"title":"FileSize","description":"A size in bytes, from 0 to 2^53-1.","type":"integer","minimum":0,"maximum":9007199254740991},"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema26 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};
const schema27 = {"title":"FileName","description":"A file's name, without any path (no `/`, `\\` or NUL).","type":"string","minLength":1,"maxLength":255,"pattern":"^[^/\\\\\\u0000]+$"};
const schema28 = {"title":"FileSize","description":"A size in bytes, from 0 to 2^53-1.","type":"integer","minimum":0,"maximum":9007199254740991};
const schema29 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};
const pattern4 = new RegExp("^[^/\\\\\\u0000]+$", "u");

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:FILE_UPLOADED" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.userId === undefined) && (missing0 = "userId")) || ((data.fileName === undefined) && (missing0 = "fileName"))) || ((data.fileSize === undefined) && (missing0 = "fileSize"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate14.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!((((key0 === "userId") || (key0 === "fileName")) || (key0 === "fileSize")) || (key0 === "timestamp"))){
validate14.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate14.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate14.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fileName !== undefined){
let data1 = data.fileName;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length > 255 && func2(data1) > 255){
validate14.errors = [{instancePath:instancePath+"/fileName",schemaPath:"#/definitions/FileName/maxLength",keyword:"maxLength",params:{limit: 255}}];
return false;
}
else {
if(data1.length < 1){
validate14.errors = [{instancePath:instancePath+"/fileName",schemaPath:"#/definitions/FileName/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
else {
if(!pattern4.test(data1)){
validate14.errors = [{instancePath:instancePath+"/fileName",schemaPath:"#/definitions/FileName/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\\\u0000]+$"}}];
return false;
}
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/fileName",schemaPath:"#/definitions/FileName/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.fileSize !== undefined){
let data2 = data.fileSize;
const _errs9 = errors;
const _errs10 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate14.errors = [{instancePath:instancePath+"/fileSize",schemaPath:"#/definitions/FileSize/type",keyword:"type",params:{type: "integer"}}];
return false;
}
if(errors === _errs10){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
validate14.errors = [{instancePath:instancePath+"/fileSize",schemaPath:"#/definitions/FileSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991}}];
return false;
}
else {
if(data2 < 0 || isNaN(data2)){
validate14.errors = [{instancePath:instancePath+"/fileSize",schemaPath:"#/definitions/FileSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0}}];
return false;
}
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data3 = data.timestamp;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(errors === _errs13){
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
validate14.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data3))){
validate14.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate14.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate14.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate14.errors = vErrors;
return errors === 0;
}

exports.USER_STATUS_CHANGED = validate15;
const schema30 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:USER_STATUS_CHANGED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"USER_STATUS_CHANGED","description":"A user's presence status changed.","type":"object","additionalProperties":false,"required":["userId","newStatus","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"newStatus":{"$ref":"#/definitions/UserStatus"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]},"UserStatus":{"title":"UserStatus","description":"A user's presence status.","type":"string","enum":["online","offline","busy","away"]}}};
const schema31 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};
const schema32 = {"title":"UserStatus","description":"A user's presence status.","type":"string","enum":["online","offline","busy","away"]};
const schema33 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:USER_STATUS_CHANGED" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.userId === undefined) && (missing0 = "userId")) || ((data.newStatus === undefined) && (missing0 = "newStatus"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate15.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(((key0 === "userId") || (key0 === "newStatus")) || (key0 === "timestamp"))){
validate15.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate15.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate15.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.newStatus !== undefined){
let data1 = data.newStatus;
const _errs6 = errors;
if(typeof data1 !== "string"){
validate15.errors = [{instancePath:instancePath+"/newStatus",schemaPath:"#/definitions/UserStatus/type",keyword:"type",params:{type: "string"}}];
return false;
}
if(!((((data1 === "online") || (data1 === "offline")) || (data1 === "busy")) || (data1 === "away"))){
validate15.errors = [{instancePath:instancePath+"/newStatus",schemaPath:"#/definitions/UserStatus/enum",keyword:"enum",params:{allowedValues: schema32.enum}}];
return false;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate15.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data2))){
validate15.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate15.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate15.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate15.errors = vErrors;
return errors === 0;
}

exports.GROUP_CREATED = validate16;
const schema34 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:GROUP_CREATED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"GROUP_CREATED","description":"A new group (and channel) was created.","type":"object","additionalProperties":false,"required":["groupId","creatorId","timestamp"],"properties":{"groupId":{"$ref":"#/definitions/Identifier"},"creatorId":{"$ref":"#/definitions/Identifier"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema35 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};
const schema37 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:GROUP_CREATED" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.groupId === undefined) && (missing0 = "groupId")) || ((data.creatorId === undefined) && (missing0 = "creatorId"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate16.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(((key0 === "groupId") || (key0 === "creatorId")) || (key0 === "timestamp"))){
validate16.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate16.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate16.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.creatorId !== undefined){
let data1 = data.creatorId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length > 64 && func2(data1) > 64){
validate16.errors = [{instancePath:instancePath+"/creatorId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data1.length < 1){
validate16.errors = [{instancePath:instancePath+"/creatorId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/creatorId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate16.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data2))){
validate16.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate16.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate16.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate16.errors = vErrors;
return errors === 0;
}

exports.GROUP_MEMBER_ADDED = validate17;
const schema38 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:GROUP_MEMBER_ADDED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"GROUP_MEMBER_ADDED","description":"A user was added to a group.","type":"object","additionalProperties":false,"required":["groupId","userId","timestamp"],"properties":{"groupId":{"$ref":"#/definitions/Identifier"},"userId":{"$ref":"#/definitions/Identifier"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema39 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};
const schema41 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:GROUP_MEMBER_ADDED" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.groupId === undefined) && (missing0 = "groupId")) || ((data.userId === undefined) && (missing0 = "userId"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate17.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(((key0 === "groupId") || (key0 === "userId")) || (key0 === "timestamp"))){
validate17.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate17.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate17.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userId !== undefined){
let data1 = data.userId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length > 64 && func2(data1) > 64){
validate17.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data1.length < 1){
validate17.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate17.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data2))){
validate17.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate17.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate17.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate17.errors = vErrors;
return errors === 0;
}

exports.GROUP_MEMBER_REMOVED = validate18;
const schema42 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:GROUP_MEMBER_REMOVED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"GROUP_MEMBER_REMOVED","description":"A user was removed from a group.","type":"object","additionalProperties":false,"required":["groupId","userId","timestamp"],"properties":{"groupId":{"$ref":"#/definitions/Identifier"},"userId":{"$ref":"#/definitions/Identifier"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema43 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};
const schema45 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:GROUP_MEMBER_REMOVED" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.groupId === undefined) && (missing0 = "groupId")) || ((data.userId === undefined) && (missing0 = "userId"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate18.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(((key0 === "groupId") || (key0 === "userId")) || (key0 === "timestamp"))){
validate18.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.groupId !== undefined){
let data0 = data.groupId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate18.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate18.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.userId !== undefined){
let data1 = data.userId;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length > 64 && func2(data1) > 64){
validate18.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data1.length < 1){
validate18.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate18.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data2))){
validate18.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate18.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate18.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate18.errors = vErrors;
return errors === 0;
}

exports.NOTIFICATION_RECEIVED = validate19;
const schema46 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:NOTIFICATION_RECEIVED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"NOTIFICATION_RECEIVED","description":"A user is told that someone else changed their group membership.","type":"object","additionalProperties":false,"required":["userId","notificationType","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"notificationType":{"$ref":"#/definitions/NonEmptyString"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"NonEmptyString":{"title":"NonEmptyString","type":"string","minLength":1},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema47 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};
const schema48 = {"title":"NonEmptyString","type":"string","minLength":1};
const schema49 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:NOTIFICATION_RECEIVED" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.userId === undefined) && (missing0 = "userId")) || ((data.notificationType === undefined) && (missing0 = "notificationType"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate19.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(((key0 === "userId") || (key0 === "notificationType")) || (key0 === "timestamp"))){
validate19.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate19.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate19.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.notificationType !== undefined){
let data1 = data.notificationType;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length < 1){
validate19.errors = [{instancePath:instancePath+"/notificationType",schemaPath:"#/definitions/NonEmptyString/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate19.errors = [{instancePath:instancePath+"/notificationType",schemaPath:"#/definitions/NonEmptyString/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate19.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data2))){
validate19.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate19.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate19.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate19.errors = vErrors;
return errors === 0;
}

exports.USER_SETTINGS_UPDATED = validate20;
const schema50 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:USER_SETTINGS_UPDATED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"USER_SETTINGS_UPDATED","description":"A user changed one of their settings.","type":"object","additionalProperties":false,"required":["userId","settingName","newValue","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"settingName":{"$ref":"#/definitions/NonEmptyString"},"newValue":{"description":"Any JSON value; the key must be present."},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"NonEmptyString":{"title":"NonEmptyString","type":"string","minLength":1},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema51 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};
const schema52 = {"title":"NonEmptyString","type":"string","minLength":1};
const schema53 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:USER_SETTINGS_UPDATED" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.userId === undefined) && (missing0 = "userId")) || ((data.settingName === undefined) && (missing0 = "settingName"))) || ((data.newValue === undefined) && (missing0 = "newValue"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate20.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!((((key0 === "userId") || (key0 === "settingName")) || (key0 === "newValue")) || (key0 === "timestamp"))){
validate20.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate20.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate20.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.settingName !== undefined){
let data1 = data.settingName;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length < 1){
validate20.errors = [{instancePath:instancePath+"/settingName",schemaPath:"#/definitions/NonEmptyString/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate20.errors = [{instancePath:instancePath+"/settingName",schemaPath:"#/definitions/NonEmptyString/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate20.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data2))){
validate20.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate20.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate20.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate20.errors = vErrors;
return errors === 0;
}

exports.ERROR_OCCURED = validate21;
const schema54 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:ERROR_OCCURED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"ERROR_OCCURED","description":"The server rejected an event of this connection.","type":"object","additionalProperties":false,"required":["errorCode","errorMessage","timestamp"],"properties":{"errorCode":{"$ref":"#/definitions/ErrorCode"},"errorMessage":{"$ref":"#/definitions/NonEmptyString"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"ErrorCode":{"title":"ErrorCode","description":"An UPPER_SNAKE_CASE error code.","type":"string","minLength":1,"pattern":"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"},"NonEmptyString":{"title":"NonEmptyString","type":"string","minLength":1},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema55 = {"title":"ErrorCode","description":"An UPPER_SNAKE_CASE error code.","type":"string","minLength":1,"pattern":"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"};
const schema56 = {"title":"NonEmptyString","type":"string","minLength":1};
const schema57 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};
const pattern12 = new RegExp("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:ERROR_OCCURED" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.errorCode === undefined) && (missing0 = "errorCode")) || ((data.errorMessage === undefined) && (missing0 = "errorMessage"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate21.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(((key0 === "errorCode") || (key0 === "errorMessage")) || (key0 === "timestamp"))){
validate21.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.errorCode !== undefined){
let data0 = data.errorCode;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(data0.length < 1){
validate21.errors = [{instancePath:instancePath+"/errorCode",schemaPath:"#/definitions/ErrorCode/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
else {
if(!pattern12.test(data0)){
validate21.errors = [{instancePath:instancePath+"/errorCode",schemaPath:"#/definitions/ErrorCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"}}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/errorCode",schemaPath:"#/definitions/ErrorCode/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.errorMessage !== undefined){
let data1 = data.errorMessage;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length < 1){
validate21.errors = [{instancePath:instancePath+"/errorMessage",schemaPath:"#/definitions/NonEmptyString/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate21.errors = [{instancePath:instancePath+"/errorMessage",schemaPath:"#/definitions/NonEmptyString/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate21.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data2))){
validate21.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate21.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

exports.CONNECTION_ERROR = validate22;
const schema58 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:CONNECTION_ERROR","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"CONNECTION_ERROR","description":"The server rejected a handshake.","type":"object","additionalProperties":false,"required":["errorCode","errorMessage","timestamp"],"properties":{"errorCode":{"$ref":"#/definitions/ErrorCode"},"errorMessage":{"$ref":"#/definitions/NonEmptyString"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"ErrorCode":{"title":"ErrorCode","description":"An UPPER_SNAKE_CASE error code.","type":"string","minLength":1,"pattern":"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"},"NonEmptyString":{"title":"NonEmptyString","type":"string","minLength":1},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema59 = {"title":"ErrorCode","description":"An UPPER_SNAKE_CASE error code.","type":"string","minLength":1,"pattern":"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"};
const schema60 = {"title":"NonEmptyString","type":"string","minLength":1};
const schema61 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:CONNECTION_ERROR" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.errorCode === undefined) && (missing0 = "errorCode")) || ((data.errorMessage === undefined) && (missing0 = "errorMessage"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate22.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(((key0 === "errorCode") || (key0 === "errorMessage")) || (key0 === "timestamp"))){
validate22.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.errorCode !== undefined){
let data0 = data.errorCode;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(data0.length < 1){
validate22.errors = [{instancePath:instancePath+"/errorCode",schemaPath:"#/definitions/ErrorCode/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
else {
if(!pattern12.test(data0)){
validate22.errors = [{instancePath:instancePath+"/errorCode",schemaPath:"#/definitions/ErrorCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"}}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/errorCode",schemaPath:"#/definitions/ErrorCode/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.errorMessage !== undefined){
let data1 = data.errorMessage;
const _errs6 = errors;
const _errs7 = errors;
if(errors === _errs7){
if(typeof data1 === "string"){
if(data1.length < 1){
validate22.errors = [{instancePath:instancePath+"/errorMessage",schemaPath:"#/definitions/NonEmptyString/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate22.errors = [{instancePath:instancePath+"/errorMessage",schemaPath:"#/definitions/NonEmptyString/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(errors === _errs10){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate22.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data2))){
validate22.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate22.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate22.errors = vErrors;
return errors === 0;
}

exports.DATA_RECEIVED = validate23;
const schema62 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:DATA_RECEIVED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"DATA_RECEIVED","description":"The server sends data to one connection.","type":"object","additionalProperties":false,"required":["dataType","data","timestamp"],"properties":{"dataType":{"$ref":"#/definitions/NonEmptyString"},"data":{"description":"A JSON object whose shape depends on `dataType`.","type":"object"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"if":{"required":["dataType"],"properties":{"dataType":{"const":"SESSION_SNAPSHOT"}}},"then":{"properties":{"data":{"$ref":"#/definitions/SessionSnapshot"}}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"NonEmptyString":{"title":"NonEmptyString","type":"string","minLength":1},"SessionSnapshot":{"title":"SessionSnapshot","description":"The `data` of DATA_RECEIVED when `dataType` is `SESSION_SNAPSHOT`.","type":"object","additionalProperties":false,"required":["userId","channelId","onlineUsers","groups"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"channelId":{"type":"string","const":"general"},"onlineUsers":{"description":"The users with at least one open connection, this one included.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"groups":{"description":"The groups this user is a member of.","type":"array","items":{"$ref":"#/definitions/Identifier"}}}},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema67 = {"title":"NonEmptyString","type":"string","minLength":1};
const schema68 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};
const schema63 = {"title":"SessionSnapshot","description":"The `data` of DATA_RECEIVED when `dataType` is `SESSION_SNAPSHOT`.","type":"object","additionalProperties":false,"required":["userId","channelId","onlineUsers","groups"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"channelId":{"type":"string","const":"general"},"onlineUsers":{"description":"The users with at least one open connection, this one included.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"groups":{"description":"The groups this user is a member of.","type":"array","items":{"$ref":"#/definitions/Identifier"}}}};
const schema64 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.userId === undefined) && (missing0 = "userId")) || ((data.channelId === undefined) && (missing0 = "channelId"))) || ((data.onlineUsers === undefined) && (missing0 = "onlineUsers"))) || ((data.groups === undefined) && (missing0 = "groups"))){
validate24.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs1 = errors;
for(const key0 in data){
if(!((((key0 === "userId") || (key0 === "channelId")) || (key0 === "onlineUsers")) || (key0 === "groups"))){
validate24.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs1 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate24.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate24.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.channelId !== undefined){
let data1 = data.channelId;
const _errs5 = errors;
if(typeof data1 !== "string"){
validate24.errors = [{instancePath:instancePath+"/channelId",schemaPath:"#/properties/channelId/type",keyword:"type",params:{type: "string"}}];
return false;
}
if("general" !== data1){
validate24.errors = [{instancePath:instancePath+"/channelId",schemaPath:"#/properties/channelId/const",keyword:"const",params:{allowedValue: "general"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.onlineUsers !== undefined){
let data2 = data.onlineUsers;
const _errs7 = errors;
if(errors === _errs7){
if(Array.isArray(data2)){
var valid2 = true;
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
const _errs9 = errors;
const _errs10 = errors;
if(errors === _errs10){
if(typeof data3 === "string"){
if(data3.length > 64 && func2(data3) > 64){
validate24.errors = [{instancePath:instancePath+"/onlineUsers/" + i0,schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data3.length < 1){
validate24.errors = [{instancePath:instancePath+"/onlineUsers/" + i0,schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/onlineUsers/" + i0,schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid2 = _errs9 === errors;
if(!valid2){
break;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/onlineUsers",schemaPath:"#/properties/onlineUsers/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.groups !== undefined){
let data4 = data.groups;
const _errs12 = errors;
if(errors === _errs12){
if(Array.isArray(data4)){
var valid4 = true;
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
const _errs14 = errors;
const _errs15 = errors;
if(errors === _errs15){
if(typeof data5 === "string"){
if(data5.length > 64 && func2(data5) > 64){
validate24.errors = [{instancePath:instancePath+"/groups/" + i1,schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data5.length < 1){
validate24.errors = [{instancePath:instancePath+"/groups/" + i1,schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/groups/" + i1,schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid4 = _errs14 === errors;
if(!valid4){
break;
}
}
}
else {
validate24.errors = [{instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"}}];
return false;
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate24.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:DATA_RECEIVED" */;
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid0 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.dataType === undefined) && (missing0 = "dataType")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.dataType !== undefined){
if("SESSION_SNAPSHOT" !== data.dataType){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate24(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
validate23.errors = vErrors;
return false;
}
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.dataType === undefined) && (missing1 = "dataType")) || ((data.data === undefined) && (missing1 = "data"))) || ((data.timestamp === undefined) && (missing1 = "timestamp"))){
validate23.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing1}}];
return false;
}
else {
const _errs7 = errors;
for(const key0 in data){
if(!(((key0 === "dataType") || (key0 === "data")) || (key0 === "timestamp"))){
validate23.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs7 === errors){
if(data.dataType !== undefined){
let data2 = data.dataType;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data2 === "string"){
if(data2.length < 1){
validate23.errors = [{instancePath:instancePath+"/dataType",schemaPath:"#/definitions/NonEmptyString/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
else {
validate23.errors = [{instancePath:instancePath+"/dataType",schemaPath:"#/definitions/NonEmptyString/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid3 = _errs8 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.data !== undefined){
let data3 = data.data;
const _errs11 = errors;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
validate23.errors = [{instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"}}];
return false;
}
var valid3 = _errs11 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.timestamp !== undefined){
let data4 = data.timestamp;
const _errs13 = errors;
const _errs14 = errors;
if(errors === _errs14){
if(errors === _errs14){
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
validate23.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data4))){
validate23.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate23.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

exports.USER_CHANGED_GROUP = validate26;
const schema69 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:USER_CHANGED_GROUP","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"USER_CHANGED_GROUP","description":"A connection moved to another channel.","type":"object","additionalProperties":false,"required":["userId","newChannelId","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"newChannelId":{"description":"The destination channel: `general` or a group id. Servers emit the string form; clients may send either form.","anyOf":[{"$ref":"#/definitions/Identifier"},{"$ref":"#/definitions/ChannelRef"}]},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"ChannelRef":{"title":"ChannelRef","description":"A channel as an object; only `id` is read, other keys are allowed.","type":"object","required":["id"],"properties":{"id":{"$ref":"#/definitions/Identifier"}}},"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema70 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};
const schema74 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};
const schema72 = {"title":"ChannelRef","description":"A channel as an object; only `id` is read, other keys are allowed.","type":"object","required":["id"],"properties":{"id":{"$ref":"#/definitions/Identifier"}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.id === undefined) && (missing0 = "id")){
validate27.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.id !== undefined){
let data0 = data.id;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate27.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate27.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate27.errors = [{instancePath:instancePath+"/id",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
}
}
else {
validate27.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate27.errors = vErrors;
return errors === 0;
}


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:USER_CHANGED_GROUP" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.userId === undefined) && (missing0 = "userId")) || ((data.newChannelId === undefined) && (missing0 = "newChannelId"))) || ((data.timestamp === undefined) && (missing0 = "timestamp"))){
validate26.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
const _errs2 = errors;
for(const key0 in data){
if(!(((key0 === "userId") || (key0 === "newChannelId")) || (key0 === "timestamp"))){
validate26.errors = [{instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0}}];
return false;
break;
}
}
if(_errs2 === errors){
if(data.userId !== undefined){
let data0 = data.userId;
const _errs3 = errors;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate26.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate26.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.newChannelId !== undefined){
let data1 = data.newChannelId;
const _errs6 = errors;
const _errs7 = errors;
let valid2 = false;
const _errs8 = errors;
const _errs9 = errors;
if(errors === _errs9){
if(typeof data1 === "string"){
if(data1.length > 64 && func2(data1) > 64){
const err0 = {instancePath:instancePath+"/newChannelId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data1.length < 1){
const err1 = {instancePath:instancePath+"/newChannelId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
else {
const err2 = {instancePath:instancePath+"/newChannelId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs8 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const _errs11 = errors;
if(!(validate27(data1, {instancePath:instancePath+"/newChannelId",parentData:data,parentDataProperty:"newChannelId",rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
valid2 = valid2 || _valid0;
}
if(!valid2){
const err3 = {instancePath:instancePath+"/newChannelId",schemaPath:"#/properties/newChannelId/anyOf",keyword:"anyOf",params:{}};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate26.errors = vErrors;
return false;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.timestamp !== undefined){
let data2 = data.timestamp;
const _errs12 = errors;
const _errs13 = errors;
if(errors === _errs13){
if(errors === _errs13){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate26.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"}}];
return false;
}
else {
if(!(formats0(data2))){
validate26.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"}}];
return false;
}
}
}
else {
validate26.errors = [{instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
}
var valid0 = _errs12 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}

exports.HANDSHAKE_AUTH = validate29;
const schema75 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:HANDSHAKE_AUTH","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"HANDSHAKE_AUTH","description":"The Socket.IO handshake `auth` object.","type":"object","required":["userId"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"token":{"type":"string","description":"The server's shared token, or, on a server that checks per-user JWTs, an HS256 JWT whose `sub` is `userId` and which has not expired."}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]}}};
const schema76 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:HANDSHAKE_AUTH" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.userId === undefined) && (missing0 = "userId")){
validate29.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0}}];
return false;
}
else {
if(data.userId !== undefined){
let data0 = data.userId;
const _errs2 = errors;
const _errs3 = errors;
if(errors === _errs3){
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
validate29.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64}}];
return false;
}
else {
if(data0.length < 1){
validate29.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1}}];
return false;
}
}
}
else {
validate29.errors = [{instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"}}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token !== undefined){
const _errs5 = errors;
if(typeof data.token !== "string"){
validate29.errors = [{instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"}}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate29.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"}}];
return false;
}
}
validate29.errors = vErrors;
return errors === 0;
}

return exports;
})();

const explanations = (() => {
const exports = {};
"use strict";
exports.USER_CONNECTED = validate10;
const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:USER_CONNECTED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"USER_CONNECTED","description":"A user's first connection opened.","type":"object","additionalProperties":false,"required":["userId","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema12 = {"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]};
const schema13 = {"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]};
const func2 = codePointCount;
const formats0 = contractFormats["date-time"];
const pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$", "u");

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:USER_CONNECTED" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.timestamp === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema11.required,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "userId") || (key0 === "timestamp"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.userId !== undefined){
let data0 = data.userId;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err3 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err6 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats0(data1))){
const err7 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema11.type,parentSchema:schema11,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate10.errors = vErrors;
return errors === 0;
}

exports.USER_DISCONNECTED = validate11;
const schema14 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:USER_DISCONNECTED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"USER_DISCONNECTED","description":"A user's last connection closed.","type":"object","additionalProperties":false,"required":["userId","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};

function validate11(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:USER_DISCONNECTED" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.timestamp === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema14.required,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "userId") || (key0 === "timestamp"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.userId !== undefined){
let data0 = data.userId;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err3 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data1 = data.timestamp;
if(typeof data1 === "string"){
if(!pattern0.test(data1)){
const err6 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(!(formats0(data1))){
const err7 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema14.type,parentSchema:schema14,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate11.errors = vErrors;
return errors === 0;
}

exports.MESSAGE_SENT = validate12;
const schema17 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:MESSAGE_SENT","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"MESSAGE_SENT","description":"A client posts a chat message in its current channel.","type":"object","additionalProperties":false,"required":["userId","message","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"message":{"$ref":"#/definitions/MessageText"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"MessageText":{"title":"MessageText","description":"The text of a chat message.","type":"string","minLength":1,"maxLength":4000},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema19 = {"title":"MessageText","description":"The text of a chat message.","type":"string","minLength":1,"maxLength":4000};

function validate12(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:MESSAGE_SENT" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timestamp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema17.required,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "userId") || (key0 === "message")) || (key0 === "timestamp"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.userId !== undefined){
let data0 = data.userId;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err4 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.message !== undefined){
let data1 = data.message;
if(typeof data1 === "string"){
if(data1.length > 4000 && func2(data1) > 4000){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/MessageText/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/MessageText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/MessageText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data2 = data.timestamp;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err10 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats0(data2))){
const err11 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema17.type,parentSchema:schema17,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate12.errors = vErrors;
return errors === 0;
}

exports.MESSAGE_RECEIVED = validate13;
const schema21 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:MESSAGE_RECEIVED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"MESSAGE_RECEIVED","description":"A chat message delivered to a channel's members.","type":"object","additionalProperties":false,"required":["userId","message","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"message":{"$ref":"#/definitions/MessageText"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"MessageText":{"title":"MessageText","description":"The text of a chat message.","type":"string","minLength":1,"maxLength":4000},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};

function validate13(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:MESSAGE_RECEIVED" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.message === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "message"},message:"must have required property '"+"message"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timestamp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema21.required,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "userId") || (key0 === "message")) || (key0 === "timestamp"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.userId !== undefined){
let data0 = data.userId;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err4 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.message !== undefined){
let data1 = data.message;
if(typeof data1 === "string"){
if(data1.length > 4000 && func2(data1) > 4000){
const err7 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/MessageText/maxLength",keyword:"maxLength",params:{limit: 4000},message:"must NOT have more than 4000 characters",schema:4000,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/MessageText/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/message",schemaPath:"#/definitions/MessageText/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema19.type,parentSchema:schema19,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data2 = data.timestamp;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err10 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats0(data2))){
const err11 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema21.type,parentSchema:schema21,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate13.errors = vErrors;
return errors === 0;
}

exports.FILE_UPLOADED = validate14;
const schema25 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:FILE_UPLOADED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"FILE_UPLOADED","description":"A file was uploaded (metadata only).","type":"object","additionalProperties":false,"required":["userId","fileName","fileSize","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"fileName":{"$ref":"#/definitions/FileName"},"fileSize":{"$ref":"#/definitions/FileSize"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"FileName":{"title":"FileName","description":"A file's name, without any path (no `/`, `\\` or NUL).","type":"string","minLength":1,"maxLength":255,"pattern":"^[^/\\\\\\u0000]+$"},"FileSize":{"title":"FileSize","description":"A size in bytes, from 0 to 2^53-1.","type":"integer","minimum":0,"maximum":9007199254740991},"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema27 = {"title":"FileName","description":"A file's name, without any path (no `/`, `\\` or NUL).","type":"string","minLength":1,"maxLength":255,"pattern":"^[^/\\\\\\u0000]+$"};
const schema28 = {"title":"FileSize","description":"A size in bytes, from 0 to 2^53-1.","type":"integer","minimum":0,"maximum":9007199254740991};
const pattern4 = new RegExp("^[^/\\\\\\u0000]+$", "u");

function validate14(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:FILE_UPLOADED" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.fileName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fileName"},message:"must have required property '"+"fileName"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.fileSize === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "fileSize"},message:"must have required property '"+"fileSize"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.timestamp === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema25.required,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "userId") || (key0 === "fileName")) || (key0 === "fileSize")) || (key0 === "timestamp"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.userId !== undefined){
let data0 = data.userId;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err5 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.length < 1){
const err6 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.fileName !== undefined){
let data1 = data.fileName;
if(typeof data1 === "string"){
if(data1.length > 255 && func2(data1) > 255){
const err8 = {instancePath:instancePath+"/fileName",schemaPath:"#/definitions/FileName/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema27,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data1.length < 1){
const err9 = {instancePath:instancePath+"/fileName",schemaPath:"#/definitions/FileName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema27,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!pattern4.test(data1)){
const err10 = {instancePath:instancePath+"/fileName",schemaPath:"#/definitions/FileName/pattern",keyword:"pattern",params:{pattern: "^[^/\\\\\\u0000]+$"},message:"must match pattern \""+"^[^/\\\\\\u0000]+$"+"\"",schema:"^[^/\\\\\\u0000]+$",parentSchema:schema27,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/fileName",schemaPath:"#/definitions/FileName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema27.type,parentSchema:schema27,data:data1};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data.fileSize !== undefined){
let data2 = data.fileSize;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err12 = {instancePath:instancePath+"/fileSize",schemaPath:"#/definitions/FileSize/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema28.type,parentSchema:schema28,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
const err13 = {instancePath:instancePath+"/fileSize",schemaPath:"#/definitions/FileSize/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema28,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data2 < 0 || isNaN(data2)){
const err14 = {instancePath:instancePath+"/fileSize",schemaPath:"#/definitions/FileSize/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0",schema:0,parentSchema:schema28,data:data2};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
if(data.timestamp !== undefined){
let data3 = data.timestamp;
if(typeof data3 === "string"){
if(!pattern0.test(data3)){
const err15 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(!(formats0(data3))){
const err16 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data3};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema25.type,parentSchema:schema25,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate14.errors = vErrors;
return errors === 0;
}

exports.USER_STATUS_CHANGED = validate15;
const schema30 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:USER_STATUS_CHANGED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"USER_STATUS_CHANGED","description":"A user's presence status changed.","type":"object","additionalProperties":false,"required":["userId","newStatus","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"newStatus":{"$ref":"#/definitions/UserStatus"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]},"UserStatus":{"title":"UserStatus","description":"A user's presence status.","type":"string","enum":["online","offline","busy","away"]}}};
const schema32 = {"title":"UserStatus","description":"A user's presence status.","type":"string","enum":["online","offline","busy","away"]};

function validate15(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:USER_STATUS_CHANGED" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.newStatus === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "newStatus"},message:"must have required property '"+"newStatus"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timestamp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema30.required,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "userId") || (key0 === "newStatus")) || (key0 === "timestamp"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.userId !== undefined){
let data0 = data.userId;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err4 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.newStatus !== undefined){
let data1 = data.newStatus;
if(typeof data1 !== "string"){
const err7 = {instancePath:instancePath+"/newStatus",schemaPath:"#/definitions/UserStatus/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!((((data1 === "online") || (data1 === "offline")) || (data1 === "busy")) || (data1 === "away"))){
const err8 = {instancePath:instancePath+"/newStatus",schemaPath:"#/definitions/UserStatus/enum",keyword:"enum",params:{allowedValues: schema32.enum},message:"must be equal to one of the allowed values",schema:schema32.enum,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data2 = data.timestamp;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err9 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0(data2))){
const err10 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema30.type,parentSchema:schema30,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate15.errors = vErrors;
return errors === 0;
}

exports.GROUP_CREATED = validate16;
const schema34 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:GROUP_CREATED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"GROUP_CREATED","description":"A new group (and channel) was created.","type":"object","additionalProperties":false,"required":["groupId","creatorId","timestamp"],"properties":{"groupId":{"$ref":"#/definitions/Identifier"},"creatorId":{"$ref":"#/definitions/Identifier"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};

function validate16(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:GROUP_CREATED" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.groupId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "groupId"},message:"must have required property '"+"groupId"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.creatorId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "creatorId"},message:"must have required property '"+"creatorId"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timestamp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema34.required,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "groupId") || (key0 === "creatorId")) || (key0 === "timestamp"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.groupId !== undefined){
let data0 = data.groupId;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err4 = {instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.creatorId !== undefined){
let data1 = data.creatorId;
if(typeof data1 === "string"){
if(data1.length > 64 && func2(data1) > 64){
const err7 = {instancePath:instancePath+"/creatorId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/creatorId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/creatorId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data2 = data.timestamp;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err10 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats0(data2))){
const err11 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema34.type,parentSchema:schema34,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate16.errors = vErrors;
return errors === 0;
}

exports.GROUP_MEMBER_ADDED = validate17;
const schema38 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:GROUP_MEMBER_ADDED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"GROUP_MEMBER_ADDED","description":"A user was added to a group.","type":"object","additionalProperties":false,"required":["groupId","userId","timestamp"],"properties":{"groupId":{"$ref":"#/definitions/Identifier"},"userId":{"$ref":"#/definitions/Identifier"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};

function validate17(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:GROUP_MEMBER_ADDED" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.groupId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "groupId"},message:"must have required property '"+"groupId"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.userId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timestamp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "groupId") || (key0 === "userId")) || (key0 === "timestamp"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.groupId !== undefined){
let data0 = data.groupId;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err4 = {instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.userId !== undefined){
let data1 = data.userId;
if(typeof data1 === "string"){
if(data1.length > 64 && func2(data1) > 64){
const err7 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data2 = data.timestamp;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err10 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats0(data2))){
const err11 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate17.errors = vErrors;
return errors === 0;
}

exports.GROUP_MEMBER_REMOVED = validate18;
const schema42 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:GROUP_MEMBER_REMOVED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"GROUP_MEMBER_REMOVED","description":"A user was removed from a group.","type":"object","additionalProperties":false,"required":["groupId","userId","timestamp"],"properties":{"groupId":{"$ref":"#/definitions/Identifier"},"userId":{"$ref":"#/definitions/Identifier"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};

function validate18(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:GROUP_MEMBER_REMOVED" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.groupId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "groupId"},message:"must have required property '"+"groupId"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.userId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timestamp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema42.required,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "groupId") || (key0 === "userId")) || (key0 === "timestamp"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.groupId !== undefined){
let data0 = data.groupId;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err4 = {instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/groupId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.userId !== undefined){
let data1 = data.userId;
if(typeof data1 === "string"){
if(data1.length > 64 && func2(data1) > 64){
const err7 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data2 = data.timestamp;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err10 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats0(data2))){
const err11 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema42.type,parentSchema:schema42,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate18.errors = vErrors;
return errors === 0;
}

exports.NOTIFICATION_RECEIVED = validate19;
const schema46 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:NOTIFICATION_RECEIVED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"NOTIFICATION_RECEIVED","description":"A user is told that someone else changed their group membership.","type":"object","additionalProperties":false,"required":["userId","notificationType","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"notificationType":{"$ref":"#/definitions/NonEmptyString"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"NonEmptyString":{"title":"NonEmptyString","type":"string","minLength":1},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema48 = {"title":"NonEmptyString","type":"string","minLength":1};

function validate19(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:NOTIFICATION_RECEIVED" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.notificationType === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "notificationType"},message:"must have required property '"+"notificationType"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timestamp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema46.required,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "userId") || (key0 === "notificationType")) || (key0 === "timestamp"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.userId !== undefined){
let data0 = data.userId;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err4 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.notificationType !== undefined){
let data1 = data.notificationType;
if(typeof data1 === "string"){
if(data1.length < 1){
const err7 = {instancePath:instancePath+"/notificationType",schemaPath:"#/definitions/NonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/notificationType",schemaPath:"#/definitions/NonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data2 = data.timestamp;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err9 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0(data2))){
const err10 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.type,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate19.errors = vErrors;
return errors === 0;
}

exports.USER_SETTINGS_UPDATED = validate20;
const schema50 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:USER_SETTINGS_UPDATED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"USER_SETTINGS_UPDATED","description":"A user changed one of their settings.","type":"object","additionalProperties":false,"required":["userId","settingName","newValue","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"settingName":{"$ref":"#/definitions/NonEmptyString"},"newValue":{"description":"Any JSON value; the key must be present."},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"NonEmptyString":{"title":"NonEmptyString","type":"string","minLength":1},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};

function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:USER_SETTINGS_UPDATED" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.settingName === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "settingName"},message:"must have required property '"+"settingName"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.newValue === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "newValue"},message:"must have required property '"+"newValue"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.timestamp === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema50.required,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "userId") || (key0 === "settingName")) || (key0 === "newValue")) || (key0 === "timestamp"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.userId !== undefined){
let data0 = data.userId;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err5 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.length < 1){
const err6 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.settingName !== undefined){
let data1 = data.settingName;
if(typeof data1 === "string"){
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/settingName",schemaPath:"#/definitions/NonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/settingName",schemaPath:"#/definitions/NonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data2 = data.timestamp;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err10 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats0(data2))){
const err11 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}

exports.ERROR_OCCURED = validate21;
const schema54 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:ERROR_OCCURED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"ERROR_OCCURED","description":"The server rejected an event of this connection.","type":"object","additionalProperties":false,"required":["errorCode","errorMessage","timestamp"],"properties":{"errorCode":{"$ref":"#/definitions/ErrorCode"},"errorMessage":{"$ref":"#/definitions/NonEmptyString"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"ErrorCode":{"title":"ErrorCode","description":"An UPPER_SNAKE_CASE error code.","type":"string","minLength":1,"pattern":"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"},"NonEmptyString":{"title":"NonEmptyString","type":"string","minLength":1},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema55 = {"title":"ErrorCode","description":"An UPPER_SNAKE_CASE error code.","type":"string","minLength":1,"pattern":"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"};
const pattern12 = new RegExp("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:ERROR_OCCURED" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errorCode === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errorCode"},message:"must have required property '"+"errorCode"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errorMessage === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errorMessage"},message:"must have required property '"+"errorMessage"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timestamp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema54.required,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "errorCode") || (key0 === "errorMessage")) || (key0 === "timestamp"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data0 = data.errorCode;
if(typeof data0 === "string"){
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/errorCode",schemaPath:"#/definitions/ErrorCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern12.test(data0)){
const err5 = {instancePath:instancePath+"/errorCode",schemaPath:"#/definitions/ErrorCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"+"\"",schema:"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$",parentSchema:schema55,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"#/definitions/ErrorCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.errorMessage !== undefined){
let data1 = data.errorMessage;
if(typeof data1 === "string"){
if(data1.length < 1){
const err7 = {instancePath:instancePath+"/errorMessage",schemaPath:"#/definitions/NonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/errorMessage",schemaPath:"#/definitions/NonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data2 = data.timestamp;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err9 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0(data2))){
const err10 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema54.type,parentSchema:schema54,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}

exports.CONNECTION_ERROR = validate22;
const schema58 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:CONNECTION_ERROR","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"CONNECTION_ERROR","description":"The server rejected a handshake.","type":"object","additionalProperties":false,"required":["errorCode","errorMessage","timestamp"],"properties":{"errorCode":{"$ref":"#/definitions/ErrorCode"},"errorMessage":{"$ref":"#/definitions/NonEmptyString"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"ErrorCode":{"title":"ErrorCode","description":"An UPPER_SNAKE_CASE error code.","type":"string","minLength":1,"pattern":"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"},"NonEmptyString":{"title":"NonEmptyString","type":"string","minLength":1},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:CONNECTION_ERROR" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.errorCode === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errorCode"},message:"must have required property '"+"errorCode"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.errorMessage === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "errorMessage"},message:"must have required property '"+"errorMessage"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timestamp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema58.required,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "errorCode") || (key0 === "errorMessage")) || (key0 === "timestamp"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.errorCode !== undefined){
let data0 = data.errorCode;
if(typeof data0 === "string"){
if(data0.length < 1){
const err4 = {instancePath:instancePath+"/errorCode",schemaPath:"#/definitions/ErrorCode/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema55,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern12.test(data0)){
const err5 = {instancePath:instancePath+"/errorCode",schemaPath:"#/definitions/ErrorCode/pattern",keyword:"pattern",params:{pattern: "^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"},message:"must match pattern \""+"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$"+"\"",schema:"^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$",parentSchema:schema55,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/errorCode",schemaPath:"#/definitions/ErrorCode/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema55.type,parentSchema:schema55,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.errorMessage !== undefined){
let data1 = data.errorMessage;
if(typeof data1 === "string"){
if(data1.length < 1){
const err7 = {instancePath:instancePath+"/errorMessage",schemaPath:"#/definitions/NonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/errorMessage",schemaPath:"#/definitions/NonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data2 = data.timestamp;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err9 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(!(formats0(data2))){
const err10 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate22.errors = vErrors;
return errors === 0;
}

exports.DATA_RECEIVED = validate23;
const schema62 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:DATA_RECEIVED","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"DATA_RECEIVED","description":"The server sends data to one connection.","type":"object","additionalProperties":false,"required":["dataType","data","timestamp"],"properties":{"dataType":{"$ref":"#/definitions/NonEmptyString"},"data":{"description":"A JSON object whose shape depends on `dataType`.","type":"object"},"timestamp":{"$ref":"#/definitions/Timestamp"}},"if":{"required":["dataType"],"properties":{"dataType":{"const":"SESSION_SNAPSHOT"}}},"then":{"properties":{"data":{"$ref":"#/definitions/SessionSnapshot"}}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"NonEmptyString":{"title":"NonEmptyString","type":"string","minLength":1},"SessionSnapshot":{"title":"SessionSnapshot","description":"The `data` of DATA_RECEIVED when `dataType` is `SESSION_SNAPSHOT`.","type":"object","additionalProperties":false,"required":["userId","channelId","onlineUsers","groups"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"channelId":{"type":"string","const":"general"},"onlineUsers":{"description":"The users with at least one open connection, this one included.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"groups":{"description":"The groups this user is a member of.","type":"array","items":{"$ref":"#/definitions/Identifier"}}}},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema63 = {"title":"SessionSnapshot","description":"The `data` of DATA_RECEIVED when `dataType` is `SESSION_SNAPSHOT`.","type":"object","additionalProperties":false,"required":["userId","channelId","onlineUsers","groups"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"channelId":{"type":"string","const":"general"},"onlineUsers":{"description":"The users with at least one open connection, this one included.","type":"array","items":{"$ref":"#/definitions/Identifier"}},"groups":{"description":"The groups this user is a member of.","type":"array","items":{"$ref":"#/definitions/Identifier"}}}};

function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.channelId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "channelId"},message:"must have required property '"+"channelId"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.onlineUsers === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "onlineUsers"},message:"must have required property '"+"onlineUsers"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data.groups === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "groups"},message:"must have required property '"+"groups"+"'",schema:schema63.required,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
for(const key0 in data){
if(!((((key0 === "userId") || (key0 === "channelId")) || (key0 === "onlineUsers")) || (key0 === "groups"))){
const err4 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
if(data.userId !== undefined){
let data0 = data.userId;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err5 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
if(data0.length < 1){
const err6 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
else {
const err7 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.channelId !== undefined){
let data1 = data.channelId;
if(typeof data1 !== "string"){
const err8 = {instancePath:instancePath+"/channelId",schemaPath:"#/properties/channelId/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.properties.channelId.type,parentSchema:schema63.properties.channelId,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if("general" !== data1){
const err9 = {instancePath:instancePath+"/channelId",schemaPath:"#/properties/channelId/const",keyword:"const",params:{allowedValue: "general"},message:"must be equal to constant",schema:"general",parentSchema:schema63.properties.channelId,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.onlineUsers !== undefined){
let data2 = data.onlineUsers;
if(Array.isArray(data2)){
const len0 = data2.length;
for(let i0=0; i0<len0; i0++){
let data3 = data2[i0];
if(typeof data3 === "string"){
if(data3.length > 64 && func2(data3) > 64){
const err10 = {instancePath:instancePath+"/onlineUsers/" + i0,schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3.length < 1){
const err11 = {instancePath:instancePath+"/onlineUsers/" + i0,schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/onlineUsers/" + i0,schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath:instancePath+"/onlineUsers",schemaPath:"#/properties/onlineUsers/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.onlineUsers.type,parentSchema:schema63.properties.onlineUsers,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data.groups !== undefined){
let data4 = data.groups;
if(Array.isArray(data4)){
const len1 = data4.length;
for(let i1=0; i1<len1; i1++){
let data5 = data4[i1];
if(typeof data5 === "string"){
if(data5.length > 64 && func2(data5) > 64){
const err14 = {instancePath:instancePath+"/groups/" + i1,schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if(data5.length < 1){
const err15 = {instancePath:instancePath+"/groups/" + i1,schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
else {
const err16 = {instancePath:instancePath+"/groups/" + i1,schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
else {
const err17 = {instancePath:instancePath+"/groups",schemaPath:"#/properties/groups/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema63.properties.groups.type,parentSchema:schema63.properties.groups,data:data4};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
else {
const err18 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}


function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:DATA_RECEIVED" */;
let vErrors = null;
let errors = 0;
const _errs2 = errors;
let valid0 = true;
const _errs3 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.dataType === undefined) && (missing0 = "dataType")){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
else {
if(data.dataType !== undefined){
if("SESSION_SNAPSHOT" !== data.dataType){
const err1 = {};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
}
}
var _valid0 = _errs3 === errors;
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
if(_valid0){
const _errs5 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.data !== undefined){
if(!(validate24(data.data, {instancePath:instancePath+"/data",parentData:data,parentDataProperty:"data",rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
}
var _valid0 = _errs5 === errors;
valid0 = _valid0;
}
if(!valid0){
const err2 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: "then"},message:"must match \"then\" schema",schema:schema62.if,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.dataType === undefined){
const err3 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "dataType"},message:"must have required property '"+"dataType"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(data.data === undefined){
const err4 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "data"},message:"must have required property '"+"data"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data.timestamp === undefined){
const err5 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema62.required,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "dataType") || (key0 === "data")) || (key0 === "timestamp"))){
const err6 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.dataType !== undefined){
let data2 = data.dataType;
if(typeof data2 === "string"){
if(data2.length < 1){
const err7 = {instancePath:instancePath+"/dataType",schemaPath:"#/definitions/NonEmptyString/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema48,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
else {
const err8 = {instancePath:instancePath+"/dataType",schemaPath:"#/definitions/NonEmptyString/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema48.type,parentSchema:schema48,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.data !== undefined){
let data3 = data.data;
if(!(data3 && typeof data3 == "object" && !Array.isArray(data3))){
const err9 = {instancePath:instancePath+"/data",schemaPath:"#/properties/data/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.properties.data.type,parentSchema:schema62.properties.data,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.timestamp !== undefined){
let data4 = data.timestamp;
if(typeof data4 === "string"){
if(!pattern0.test(data4)){
const err10 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(!(formats0(data4))){
const err11 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
else {
const err12 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
else {
const err13 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
validate23.errors = vErrors;
return errors === 0;
}

exports.USER_CHANGED_GROUP = validate26;
const schema69 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:USER_CHANGED_GROUP","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"USER_CHANGED_GROUP","description":"A connection moved to another channel.","type":"object","additionalProperties":false,"required":["userId","newChannelId","timestamp"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"newChannelId":{"description":"The destination channel: `general` or a group id. Servers emit the string form; clients may send either form.","oneOf":[{"$ref":"#/definitions/Identifier"},{"$ref":"#/definitions/ChannelRef"}]},"timestamp":{"$ref":"#/definitions/Timestamp"}},"definitions":{"ChannelRef":{"title":"ChannelRef","description":"A channel as an object; only `id` is read, other keys are allowed.","type":"object","required":["id"],"properties":{"id":{"$ref":"#/definitions/Identifier"}}},"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]},"Timestamp":{"title":"Timestamp","description":"RFC 3339 date-time in UTC with an upper-case `T` and `Z`, as `JSON.stringify(new Date())` writes it: any number of fraction digits (or none), seconds 00 to 59 (no leap second: JavaScript's Date, Python's datetime and Go's time cannot hold one), a real calendar date. A server stamps every payload it emits with its own clock.","type":"string","format":"date-time","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$","examples":["2026-11-28T02:11:03.000Z"]}}};
const schema72 = {"title":"ChannelRef","description":"A channel as an object; only `id` is read, other keys are allowed.","type":"object","required":["id"],"properties":{"id":{"$ref":"#/definitions/Identifier"}}};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.id === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "id"},message:"must have required property '"+"id"+"'",schema:schema72.required,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.id !== undefined){
let data0 = data.id;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err1 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/id",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
}
else {
const err4 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema72.type,parentSchema:schema72,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate27.errors = vErrors;
return errors === 0;
}


function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:USER_CHANGED_GROUP" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.newChannelId === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "newChannelId"},message:"must have required property '"+"newChannelId"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data.timestamp === undefined){
const err2 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "timestamp"},message:"must have required property '"+"timestamp"+"'",schema:schema69.required,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "userId") || (key0 === "newChannelId")) || (key0 === "timestamp"))){
const err3 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.userId !== undefined){
let data0 = data.userId;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err4 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0.length < 1){
const err5 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.newChannelId !== undefined){
let data1 = data.newChannelId;
const _errs7 = errors;
let valid2 = false;
let passing0 = null;
const _errs8 = errors;
if(typeof data1 === "string"){
if(data1.length > 64 && func2(data1) > 64){
const err7 = {instancePath:instancePath+"/newChannelId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1.length < 1){
const err8 = {instancePath:instancePath+"/newChannelId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/newChannelId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data1};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
var _valid0 = _errs8 === errors;
if(_valid0){
valid2 = true;
passing0 = 0;
}
const _errs11 = errors;
if(!(validate27(data1, {instancePath:instancePath+"/newChannelId",parentData:data,parentDataProperty:"newChannelId",rootData}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
var _valid0 = _errs11 === errors;
if(_valid0 && valid2){
valid2 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid2 = true;
passing0 = 1;
}
}
if(!valid2){
const err10 = {instancePath:instancePath+"/newChannelId",schemaPath:"#/properties/newChannelId/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf",schema:schema69.properties.newChannelId.oneOf,parentSchema:schema69.properties.newChannelId,data:data1};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.timestamp !== undefined){
let data2 = data.timestamp;
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
const err11 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$"+"\"",schema:"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:[0-5]\\d(\\.\\d+)?Z$",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(!(formats0(data2))){
const err12 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/format",keyword:"format",params:{format: "date-time"},message:"must match format \""+"date-time"+"\"",schema:"date-time",parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
else {
const err13 = {instancePath:instancePath+"/timestamp",schemaPath:"#/definitions/Timestamp/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema13.type,parentSchema:schema13,data:data2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema69.type,parentSchema:schema69,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}

exports.HANDSHAKE_AUTH = validate29;
const schema75 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"urn:chat-contract:protocol-v1:HANDSHAKE_AUTH","$comment":"GENERATED from asyncapi.yaml by `npm run generate`. Do not edit: edit asyncapi.yaml and regenerate.","title":"HANDSHAKE_AUTH","description":"The Socket.IO handshake `auth` object.","type":"object","required":["userId"],"properties":{"userId":{"$ref":"#/definitions/Identifier"},"token":{"type":"string","description":"The server's shared token, or, on a server that checks per-user JWTs, an HS256 JWT whose `sub` is `userId` and which has not expired."}},"definitions":{"Identifier":{"title":"Identifier","description":"A user, group or channel identifier.","type":"string","minLength":1,"maxLength":64,"examples":["alice"]}}};

function validate29(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:chat-contract:protocol-v1:HANDSHAKE_AUTH" */;
let vErrors = null;
let errors = 0;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.userId === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "userId"},message:"must have required property '"+"userId"+"'",schema:schema75.required,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.userId !== undefined){
let data0 = data.userId;
if(typeof data0 === "string"){
if(data0.length > 64 && func2(data0) > 64){
const err1 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters",schema:64,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if(data0.length < 1){
const err2 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
else {
const err3 = {instancePath:instancePath+"/userId",schemaPath:"#/definitions/Identifier/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema12.type,parentSchema:schema12,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data.token !== undefined){
let data1 = data.token;
if(typeof data1 !== "string"){
const err4 = {instancePath:instancePath+"/token",schemaPath:"#/properties/token/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema75.properties.token.type,parentSchema:schema75.properties.token,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
}
else {
const err5 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema75.type,parentSchema:schema75,data};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
validate29.errors = vErrors;
return errors === 0;
}

return exports;
})();

// For a verdict: a valid payload costs one verdict-only pass; an invalid one a second
// pass that lists every error (both come from the same schema, so they agree).
function validator(isValid, explain) {
  function validate(data) {
    if (isValid(data)) {
      validate.errors = null;
      return true;
    }
    const valid = explain(data);
    validate.errors = explain.errors;
    return valid;
  }
  validate.errors = null;
  return validate;
}

export const USER_CONNECTED = validator(verdicts.USER_CONNECTED, explanations.USER_CONNECTED);
export const USER_DISCONNECTED = validator(verdicts.USER_DISCONNECTED, explanations.USER_DISCONNECTED);
export const MESSAGE_SENT = validator(verdicts.MESSAGE_SENT, explanations.MESSAGE_SENT);
export const MESSAGE_RECEIVED = validator(verdicts.MESSAGE_RECEIVED, explanations.MESSAGE_RECEIVED);
export const FILE_UPLOADED = validator(verdicts.FILE_UPLOADED, explanations.FILE_UPLOADED);
export const USER_STATUS_CHANGED = validator(verdicts.USER_STATUS_CHANGED, explanations.USER_STATUS_CHANGED);
export const GROUP_CREATED = validator(verdicts.GROUP_CREATED, explanations.GROUP_CREATED);
export const GROUP_MEMBER_ADDED = validator(verdicts.GROUP_MEMBER_ADDED, explanations.GROUP_MEMBER_ADDED);
export const GROUP_MEMBER_REMOVED = validator(verdicts.GROUP_MEMBER_REMOVED, explanations.GROUP_MEMBER_REMOVED);
export const NOTIFICATION_RECEIVED = validator(verdicts.NOTIFICATION_RECEIVED, explanations.NOTIFICATION_RECEIVED);
export const USER_SETTINGS_UPDATED = validator(verdicts.USER_SETTINGS_UPDATED, explanations.USER_SETTINGS_UPDATED);
export const ERROR_OCCURED = validator(verdicts.ERROR_OCCURED, explanations.ERROR_OCCURED);
export const CONNECTION_ERROR = validator(verdicts.CONNECTION_ERROR, explanations.CONNECTION_ERROR);
export const DATA_RECEIVED = validator(verdicts.DATA_RECEIVED, explanations.DATA_RECEIVED);
export const USER_CHANGED_GROUP = validator(verdicts.USER_CHANGED_GROUP, explanations.USER_CHANGED_GROUP);
export const HANDSHAKE_AUTH = validator(verdicts.HANDSHAKE_AUTH, explanations.HANDSHAKE_AUTH);

// For the error list (validateEvent()): the listing pass alone. On a valid payload it
// runs the same checks as the verdict-only pass (every keyword holds, none stops early);
// on an invalid one it saves the verdict pass that would only say what it then lists.
export const allErrors = Object.freeze({
  USER_CONNECTED: explanations.USER_CONNECTED,
  USER_DISCONNECTED: explanations.USER_DISCONNECTED,
  MESSAGE_SENT: explanations.MESSAGE_SENT,
  MESSAGE_RECEIVED: explanations.MESSAGE_RECEIVED,
  FILE_UPLOADED: explanations.FILE_UPLOADED,
  USER_STATUS_CHANGED: explanations.USER_STATUS_CHANGED,
  GROUP_CREATED: explanations.GROUP_CREATED,
  GROUP_MEMBER_ADDED: explanations.GROUP_MEMBER_ADDED,
  GROUP_MEMBER_REMOVED: explanations.GROUP_MEMBER_REMOVED,
  NOTIFICATION_RECEIVED: explanations.NOTIFICATION_RECEIVED,
  USER_SETTINGS_UPDATED: explanations.USER_SETTINGS_UPDATED,
  ERROR_OCCURED: explanations.ERROR_OCCURED,
  CONNECTION_ERROR: explanations.CONNECTION_ERROR,
  DATA_RECEIVED: explanations.DATA_RECEIVED,
  USER_CHANGED_GROUP: explanations.USER_CHANGED_GROUP,
  HANDSHAKE_AUTH: explanations.HANDSHAKE_AUTH,
});
