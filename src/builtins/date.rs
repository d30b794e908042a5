//! `Date` (ECMA-262 §21.4: the ES5.1 members and what later editions give
//! the same methods), with CloudFront's clock and time zone:
//!
//! - every way of reading "now" (`Date.now()`, `new Date()`, `Date()`)
//!   gives the event's start time, [`Vm::now`], frozen for the whole event;
//! - the local time zone is UTC, so the local-time methods behave as their
//!   UTC twins and `getTimezoneOffset()` is 0 (for valid dates).
//!
//! Nothing here reads the host's clock or time zone. Dates are computed with
//! the specification's MakeDay/MakeTime/MakeDate/TimeClip on doubles, and
//! decomposed with exact integer arithmetic on the proleptic Gregorian
//! calendar.
//!
//! Formats follow njs, the engine CloudFront runs: `toString` prints
//! `Tue Nov 14 2023 22:13:20 GMT+0000` (no parenthesised zone name, which
//! ECMA-262 allows), and the `toLocale*String` methods print what
//! `toString`, `toDateString` and `toTimeString` print. The Annex B methods
//! (`getYear`, `setYear`, `toGMTString`) are absent, as in njs.
//!
//! `Date.parse` accepts the ECMA-262 date-time string format (§21.4.1.32,
//! with expanded years), the forms `toString`, `toDateString` and
//! `toUTCString` produce, and the RFC 2822 / RFC 1123, RFC 850 and asctime
//! forms HTTP headers carry; anything else is NaN. Within those forms the
//! results agree with Node, except that years are read as written (Node
//! maps `0005` to 2005 and rejects negative years, which breaks the round
//! trip ECMA-262 asks for).

use super::def;
use crate::heap::{Attrs, Class, Key, Units};
use crate::realm::RealmBuilder;
use crate::value::{ObjRef, Value};
use crate::vm::{Call, Hint, JsResult, Vm};
use std::fmt::Write;

pub(super) fn install(b: &mut RealmBuilder) {
    let proto = b.intrinsics.date_proto;
    b.methods(
        proto,
        &[
            def("toString", 0, to_string),
            def("toDateString", 0, to_date_string),
            def("toTimeString", 0, to_time_string),
            def("toISOString", 0, to_iso_string),
            def("toUTCString", 0, to_utc_string),
            def("toLocaleString", 0, to_locale_string),
            def("toLocaleDateString", 0, to_locale_date_string),
            def("toLocaleTimeString", 0, to_locale_time_string),
            def("toJSON", 1, to_json),
            def("valueOf", 0, value_of),
            def("getTime", 0, get_time),
            def("getTimezoneOffset", 0, get_timezone_offset),
            def("getFullYear", 0, get_full_year),
            def("getUTCFullYear", 0, get_utc_full_year),
            def("getMonth", 0, get_month),
            def("getUTCMonth", 0, get_utc_month),
            def("getDate", 0, get_date),
            def("getUTCDate", 0, get_utc_date),
            def("getDay", 0, get_day),
            def("getUTCDay", 0, get_utc_day),
            def("getHours", 0, get_hours),
            def("getUTCHours", 0, get_utc_hours),
            def("getMinutes", 0, get_minutes),
            def("getUTCMinutes", 0, get_utc_minutes),
            def("getSeconds", 0, get_seconds),
            def("getUTCSeconds", 0, get_utc_seconds),
            def("getMilliseconds", 0, get_milliseconds),
            def("getUTCMilliseconds", 0, get_utc_milliseconds),
            def("setTime", 1, set_time),
            def("setMilliseconds", 1, set_milliseconds),
            def("setUTCMilliseconds", 1, set_utc_milliseconds),
            def("setSeconds", 2, set_seconds),
            def("setUTCSeconds", 2, set_utc_seconds),
            def("setMinutes", 3, set_minutes),
            def("setUTCMinutes", 3, set_utc_minutes),
            def("setHours", 4, set_hours),
            def("setUTCHours", 4, set_utc_hours),
            def("setDate", 1, set_date),
            def("setUTCDate", 1, set_utc_date),
            def("setMonth", 2, set_month),
            def("setUTCMonth", 2, set_utc_month),
            def("setFullYear", 3, set_full_year),
            def("setUTCFullYear", 3, set_utc_full_year),
        ],
    );
    // `[Symbol.toPrimitive]` is read-only (ECMA-262 §21.4.4.45); it gives
    // dates their string-first default conversion (`date + ""`), which
    // ES5.1 expressed through [[DefaultValue]].
    let to_prim = b.function(def("[Symbol.toPrimitive]", 1, to_primitive), false);
    let key = Key::Sym(b.symbols.to_primitive);
    b.define(proto, key, Value::Object(to_prim), Attrs::CONFIGURABLE_ONLY);
    let ctor = b.constructor(def("Date", 7, date), proto);
    b.methods(
        ctor,
        &[
            def("now", 0, now),
            def("parse", 1, parse),
            def("UTC", 7, utc),
        ],
    );
}

// -- Time arithmetic (ECMA-262 §21.4.1) ----------------------------------

const MS_PER_SECOND: f64 = 1000.0;
const MS_PER_MINUTE: f64 = 60_000.0;
const MS_PER_HOUR: f64 = 3_600_000.0;
const MS_PER_DAY: f64 = 86_400_000.0;
/// The largest time value magnitude (100,000,000 days).
const MAX_TIME: f64 = 8.64e15;
/// Years and months beyond these cannot land in the time value range
/// whatever the day argument, short of day counts that no date string or
/// sane program uses; bounding them keeps the day arithmetic exact in i64.
const MAX_YEAR: f64 = 1_000_000.0;
const MAX_MONTH: f64 = 10_000_000.0;

/// TimeClip: NaN outside ±8.64e15, otherwise the integer part (no -0).
fn time_clip(t: f64) -> f64 {
    if !t.is_finite() || t.abs() > MAX_TIME {
        f64::NAN
    } else {
        t.trunc() + 0.0
    }
}

/// ToIntegerOrInfinity of a finite number.
fn integer(n: f64) -> f64 {
    n.trunc() + 0.0
}

/// MakeTime: the IEEE double arithmetic the specification prescribes.
fn make_time(hour: f64, min: f64, sec: f64, ms: f64) -> f64 {
    if !(hour.is_finite() && min.is_finite() && sec.is_finite() && ms.is_finite()) {
        return f64::NAN;
    }
    integer(hour) * MS_PER_HOUR
        + integer(min) * MS_PER_MINUTE
        + integer(sec) * MS_PER_SECOND
        + integer(ms)
}

fn is_leap(year: i64) -> bool {
    year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
}

/// DayFromYear: the day number of January 1st of `year`.
fn day_from_year(year: i64) -> i64 {
    365 * (year - 1970) + (year - 1969).div_euclid(4) - (year - 1901).div_euclid(100)
        + (year - 1601).div_euclid(400)
}

/// Days before the first of each month in a common year.
const MONTH_STARTS: [i64; 12] = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

/// The day number of the first of `month` (0-11) of `year`.
fn day_from_month(year: i64, month: usize) -> i64 {
    let leap = i64::from(month >= 2 && is_leap(year));
    day_from_year(year) + MONTH_STARTS.get(month).copied().unwrap_or(0) + leap
}

/// MakeDay: a day number, possibly outside the time value range (TimeClip
/// rejects those later).
fn make_day(year: f64, month: f64, date: f64) -> f64 {
    if !(year.is_finite() && month.is_finite() && date.is_finite()) {
        return f64::NAN;
    }
    let (y, m, dt) = (integer(year), integer(month), integer(date));
    if y.abs() > MAX_YEAR || m.abs() > MAX_MONTH {
        return f64::NAN;
    }
    // Exact integers within the bounds above.
    let (y, m) = (y as i64, m as i64);
    let ym = y + m.div_euclid(12);
    let mn = m.rem_euclid(12) as usize;
    day_from_month(ym, mn) as f64 + dt - 1.0
}

/// MakeDate.
fn make_date(day: f64, time: f64) -> f64 {
    if !day.is_finite() || !time.is_finite() {
        return f64::NAN;
    }
    let tv = day * MS_PER_DAY + time;
    if tv.is_finite() { tv } else { f64::NAN }
}

/// MakeFullYear: years 0 to 99 mean 1900 to 1999.
fn make_full_year(year: f64) -> f64 {
    if year.is_nan() {
        return f64::NAN;
    }
    let y = integer(year);
    if (0.0..=99.0).contains(&y) {
        1900.0 + y
    } else {
        year
    }
}

/// The calendar fields of a valid time value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Fields {
    year: i64,
    /// 0 to 11.
    month: i64,
    /// 1 to 31.
    day: i64,
    /// 0 (Sunday) to 6.
    weekday: i64,
    hour: i64,
    minute: i64,
    second: i64,
    ms: i64,
}

impl Fields {
    /// Decomposes a time value (finite, integral, within ±8.64e15).
    fn of(t: f64) -> Fields {
        let t = t as i64;
        let ms_per_day = MS_PER_DAY as i64;
        let days = t.div_euclid(ms_per_day);
        let in_day = t.rem_euclid(ms_per_day);
        // YearFromTime: the largest year whose first day is not after
        // `days`; the estimate is off by at most one either way.
        let mut year = 1970 + (days as f64 / 365.2425).floor() as i64;
        while day_from_year(year) > days {
            year -= 1;
        }
        while day_from_year(year + 1) <= days {
            year += 1;
        }
        let mut month = 11;
        while month > 0 && day_from_month(year, month) > days {
            month -= 1;
        }
        Fields {
            year,
            month: month as i64,
            day: days - day_from_month(year, month) + 1,
            weekday: (days + 4).rem_euclid(7),
            hour: in_day / 3_600_000,
            minute: in_day / 60_000 % 60,
            second: in_day / 1000 % 60,
            ms: in_day % 1000,
        }
    }

    /// The fields as numbers, in setter order: year, month, date, hours,
    /// minutes, seconds, milliseconds.
    fn as_array(&self) -> [f64; 7] {
        [
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            self.second,
            self.ms,
        ]
        .map(|v| v as f64)
    }
}

/// The time value of calendar fields (year, month 0-11, date, hours,
/// minutes, seconds, milliseconds), clipped.
fn time_from_fields(f: [f64; 7]) -> f64 {
    time_clip(make_date(
        make_day(f[0], f[1], f[2]),
        make_time(f[3], f[4], f[5], f[6]),
    ))
}

// -- `this` and the constructor --------------------------------------------

/// thisTimeValue: the date object and its time value, or a TypeError
/// naming the method.
fn this_date(vm: &mut Vm, call: &Call<'_>, method: &str) -> JsResult<(ObjRef, f64)> {
    if let Value::Object(o) = call.this {
        if let Class::Date(t) = vm.heap().obj(o).class {
            return Ok((o, t));
        }
    }
    let what = vm.describe(call.this);
    Err(vm.type_error(format!(
        "Date.prototype.{method} called on {what}, which is not a Date"
    )))
}

fn set_time_value(vm: &mut Vm, o: ObjRef, t: f64) -> JsResult<Value> {
    vm.heap_mut().obj_mut(o)?.class = Class::Date(t);
    Ok(Value::Number(t))
}

/// The event's "now" as a time value.
fn now_value(vm: &Vm) -> f64 {
    time_clip(vm.now())
}

/// The time value of (year, month[, date, hours, minutes, seconds, ms])
/// arguments, converted in order; `Date.UTC` and `new Date(y, m, ...)`.
fn time_from_args(vm: &mut Vm, args: &[Value]) -> JsResult<f64> {
    let mut f = [f64::NAN, 0.0, 1.0, 0.0, 0.0, 0.0, 0.0];
    f[0] = vm.to_number(args.first().copied().unwrap_or(Value::Undefined))?;
    for (slot, &v) in f.iter_mut().zip(args.iter()).skip(1) {
        *slot = vm.to_number(v)?;
    }
    f[0] = make_full_year(f[0]);
    // Local time is UTC: UTC(t) is t.
    Ok(time_from_fields(f))
}

/// `Date(...)` and `new Date(...)` (§21.4.2.1).
fn date(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Some(nt) = call.new_target else {
        let now = now_value(vm);
        return format_value(vm, now, Format::Full);
    };
    let tv = match call.args {
        [] => now_value(vm),
        [v] => {
            if let Value::Object(o) = *v {
                if let Class::Date(t) = vm.heap().obj(o).class {
                    return finish_construct(vm, nt, t);
                }
            }
            match vm.to_primitive(*v, Hint::Default)? {
                Value::String(s) => parse_string(vm, s)?,
                p => time_clip(vm.to_number(p)?),
            }
        }
        args => time_from_args(vm, args)?,
    };
    finish_construct(vm, nt, tv)
}

fn finish_construct(vm: &mut Vm, nt: ObjRef, tv: f64) -> JsResult<Value> {
    let proto = vm.realm().intrinsics.date_proto;
    Ok(Value::Object(vm.ordinary_create_from(
        nt,
        proto,
        Class::Date(tv),
    )?))
}

fn now(vm: &mut Vm, _call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Number(now_value(vm)))
}

fn parse(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let s = vm.to_string(call.arg(0))?;
    Ok(Value::Number(parse_string(vm, s)?))
}

fn utc(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Number(time_from_args(vm, call.args)?))
}

// -- Getters -----------------------------------------------------------------

fn value_of(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Number(this_date(vm, &call, "valueOf")?.1))
}

fn get_time(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    Ok(Value::Number(this_date(vm, &call, "getTime")?.1))
}

fn get_timezone_offset(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let t = this_date(vm, &call, "getTimezoneOffset")?.1;
    Ok(Value::Number(if t.is_nan() { f64::NAN } else { 0.0 }))
}

/// A calendar field of `this`, or NaN for an invalid date.
fn get_field(
    vm: &mut Vm,
    call: &Call<'_>,
    method: &str,
    pick: fn(&Fields) -> i64,
) -> JsResult<Value> {
    let t = this_date(vm, call, method)?.1;
    Ok(Value::Number(if t.is_nan() {
        f64::NAN
    } else {
        pick(&Fields::of(t)) as f64
    }))
}

/// Defines getter natives: local time is UTC, so both read the same field.
macro_rules! getters {
    ($($name:ident $method:literal $field:ident;)*) => {$(
        fn $name(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
            get_field(vm, &call, $method, |f| f.$field)
        }
    )*};
}

getters! {
    get_full_year "getFullYear" year;
    get_utc_full_year "getUTCFullYear" year;
    get_month "getMonth" month;
    get_utc_month "getUTCMonth" month;
    get_date "getDate" day;
    get_utc_date "getUTCDate" day;
    get_day "getDay" weekday;
    get_utc_day "getUTCDay" weekday;
    get_hours "getHours" hour;
    get_utc_hours "getUTCHours" hour;
    get_minutes "getMinutes" minute;
    get_utc_minutes "getUTCMinutes" minute;
    get_seconds "getSeconds" second;
    get_utc_seconds "getUTCSeconds" second;
    get_milliseconds "getMilliseconds" ms;
    get_utc_milliseconds "getUTCMilliseconds" ms;
}

// -- Setters -----------------------------------------------------------------

fn set_time(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let (o, _) = this_date(vm, &call, "setTime")?;
    let t = vm.to_number(call.arg(0))?;
    set_time_value(vm, o, time_clip(t))
}

/// The fields a setter can change, in the order of `Fields::as_array`.
const YEAR: usize = 0;
const MONTH: usize = 1;
const DATE: usize = 2;
const HOURS: usize = 3;
const MINUTES: usize = 4;
const SECONDS: usize = 5;
const MS: usize = 6;

/// The setters (§21.4.4.20-28): field `first` takes the first argument and
/// up to `count - 1` following fields take the next arguments, when they
/// are present (an explicit `undefined` counts, and makes the date
/// invalid). Every argument is converted, in order, after `this` is
/// checked, even when the date is invalid. Local time is UTC.
fn set_fields(
    vm: &mut Vm,
    call: &Call<'_>,
    method: &str,
    first: usize,
    count: usize,
) -> JsResult<Value> {
    let (o, t) = this_date(vm, call, method)?;
    let mut given = [f64::NAN; 4];
    given[0] = vm.to_number(call.arg(0))?;
    let present = call.args.len().clamp(1, count);
    for (i, slot) in given.iter_mut().enumerate().take(present).skip(1) {
        *slot = vm.to_number(call.arg(i))?;
    }
    let base = if t.is_nan() {
        if first != YEAR {
            return Ok(Value::Number(f64::NAN));
        }
        // setFullYear on an invalid date starts from +0.
        0.0
    } else {
        t
    };
    let mut fields = Fields::of(base).as_array();
    for (i, &v) in given.iter().enumerate().take(present) {
        fields[first + i] = v;
    }
    let u = time_from_fields(fields);
    set_time_value(vm, o, u)
}

/// Defines setter natives (`first` field, how many arguments they take).
macro_rules! setters {
    ($($name:ident $method:literal $first:ident $count:literal;)*) => {$(
        fn $name(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
            set_fields(vm, &call, $method, $first, $count)
        }
    )*};
}

setters! {
    set_milliseconds "setMilliseconds" MS 1;
    set_utc_milliseconds "setUTCMilliseconds" MS 1;
    set_seconds "setSeconds" SECONDS 2;
    set_utc_seconds "setUTCSeconds" SECONDS 2;
    set_minutes "setMinutes" MINUTES 3;
    set_utc_minutes "setUTCMinutes" MINUTES 3;
    set_hours "setHours" HOURS 4;
    set_utc_hours "setUTCHours" HOURS 4;
    set_date "setDate" DATE 1;
    set_utc_date "setUTCDate" DATE 1;
    set_month "setMonth" MONTH 2;
    set_utc_month "setUTCMonth" MONTH 2;
    set_full_year "setFullYear" YEAR 3;
    set_utc_full_year "setUTCFullYear" YEAR 3;
}

// -- Formatting --------------------------------------------------------------

const WEEKDAYS: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// A fixed buffer for the formatted strings (at most 40 bytes).
struct Buf {
    bytes: [u8; 64],
    len: usize,
}

impl Buf {
    fn new() -> Buf {
        Buf {
            bytes: [0; 64],
            len: 0,
        }
    }

    fn as_str(&self) -> &str {
        std::str::from_utf8(self.bytes.get(..self.len).unwrap_or(&[])).unwrap_or("")
    }
}

impl Write for Buf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        let dst = self.bytes.get_mut(self.len..end).ok_or(std::fmt::Error)?;
        dst.copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// The string forms of a date.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Format {
    /// `toString`: `Tue Nov 14 2023 22:13:20 GMT+0000`.
    Full,
    /// `toDateString`: `Tue Nov 14 2023`.
    Date,
    /// `toTimeString`: `22:13:20 GMT+0000`.
    Time,
    /// `toUTCString`: `Tue, 14 Nov 2023 22:13:20 GMT`.
    Utc,
    /// `toISOString`: `2023-11-14T22:13:20.005Z`.
    Iso,
}

/// A year as the string forms print it: at least four digits, `-` before
/// negative years.
fn write_year(out: &mut Buf, year: i64) -> std::fmt::Result {
    if year < 0 {
        write!(out, "-{:04}", -year)
    } else {
        write!(out, "{year:04}")
    }
}

/// Formats a valid time value.
fn format_fields(out: &mut Buf, t: f64, format: Format) -> std::fmt::Result {
    let f = Fields::of(t);
    let weekday = WEEKDAYS.get(f.weekday as usize).copied().unwrap_or("");
    let month = MONTHS.get(f.month as usize).copied().unwrap_or("");
    let write_date = |out: &mut Buf| -> std::fmt::Result {
        write!(out, "{weekday} {month} {:02} ", f.day)?;
        write_year(out, f.year)
    };
    let time = |out: &mut Buf| {
        write!(
            out,
            "{:02}:{:02}:{:02} GMT+0000",
            f.hour, f.minute, f.second
        )
    };
    match format {
        Format::Full => {
            write_date(out)?;
            out.write_char(' ')?;
            time(out)
        }
        Format::Date => write_date(out),
        Format::Time => time(out),
        Format::Utc => {
            write!(out, "{weekday}, {:02} {month} ", f.day)?;
            write_year(out, f.year)?;
            write!(out, " {:02}:{:02}:{:02} GMT", f.hour, f.minute, f.second)
        }
        Format::Iso => {
            if (0..=9999).contains(&f.year) {
                write!(out, "{:04}", f.year)?;
            } else if f.year < 0 {
                write!(out, "-{:06}", -f.year)?;
            } else {
                write!(out, "+{:06}", f.year)?;
            }
            write!(
                out,
                "-{:02}-{:02}T{:02}:{:02}:{:02}.{:03}Z",
                f.month + 1,
                f.day,
                f.hour,
                f.minute,
                f.second,
                f.ms
            )
        }
    }
}

/// The string of time value `t` in `format`; "Invalid Date" when `t` is
/// NaN (toISOString throws instead, before calling this).
fn format_value(vm: &mut Vm, t: f64, format: Format) -> JsResult<Value> {
    vm.charge(2)?;
    let mut out = Buf::new();
    if t.is_nan() {
        out.len = 0;
        let _ = out.write_str("Invalid Date");
    } else if format_fields(&mut out, t, format).is_err() {
        return Err(vm.range_error("Invalid time value"));
    }
    Ok(Value::String(vm.heap_mut().str_from_rust(out.as_str())?))
}

fn to_string_as(vm: &mut Vm, call: &Call<'_>, method: &str, format: Format) -> JsResult<Value> {
    let t = this_date(vm, call, method)?.1;
    format_value(vm, t, format)
}

fn to_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    to_string_as(vm, &call, "toString", Format::Full)
}

fn to_date_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    to_string_as(vm, &call, "toDateString", Format::Date)
}

fn to_time_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    to_string_as(vm, &call, "toTimeString", Format::Time)
}

fn to_utc_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    to_string_as(vm, &call, "toUTCString", Format::Utc)
}

/// njs prints the locale forms as `toString` does (no `Intl`).
fn to_locale_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    to_string_as(vm, &call, "toLocaleString", Format::Full)
}

fn to_locale_date_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    to_string_as(vm, &call, "toLocaleDateString", Format::Date)
}

fn to_locale_time_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    to_string_as(vm, &call, "toLocaleTimeString", Format::Time)
}

fn to_iso_string(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let t = this_date(vm, &call, "toISOString")?.1;
    if t.is_nan() {
        return Err(vm.range_error("Invalid time value"));
    }
    format_value(vm, t, Format::Iso)
}

/// `toJSON` (§21.4.4.37): generic; null for a non-finite time value.
fn to_json(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let o = match call.this {
        Value::Undefined | Value::Null => {
            return Err(vm.type_error("Date.prototype.toJSON called on null or undefined"));
        }
        v => vm.to_object(v)?,
    };
    let tv = vm.to_primitive(Value::Object(o), Hint::Number)?;
    if let Value::Number(n) = tv {
        if !n.is_finite() {
            return Ok(Value::Null);
        }
    }
    let f = vm.get_named(Value::Object(o), "toISOString")?;
    vm.call_checked(f, Value::Object(o), &[], "toISOString")
}

/// `Date.prototype[Symbol.toPrimitive](hint)` (§21.4.4.45).
fn to_primitive(vm: &mut Vm, call: Call<'_>) -> JsResult<Value> {
    let Value::Object(o) = call.this else {
        let what = vm.describe(call.this);
        return Err(vm.type_error(format!(
            "Date.prototype[Symbol.toPrimitive] called on non-object {what}"
        )));
    };
    let string_first = match call.arg(0) {
        Value::String(s) => {
            let units = vm.heap().units(s);
            let is = |name: &[u8]| {
                units.len() == name.len() && units.iter().zip(name).all(|(u, &c)| u == u16::from(c))
            };
            if is(b"string") || is(b"default") {
                Some(true)
            } else if is(b"number") {
                Some(false)
            } else {
                None
            }
        }
        _ => None,
    };
    let Some(string_first) = string_first else {
        let what = vm.describe(call.arg(0));
        return Err(vm.type_error(format!("Invalid hint: {what}")));
    };
    // OrdinaryToPrimitive.
    let names = vm.realm().names;
    let order = if string_first {
        [names.to_string, names.value_of]
    } else {
        [names.value_of, names.to_string]
    };
    for name in order {
        let method = vm.get(Value::Object(o), Key::Str(name))?;
        if vm.is_callable(method) {
            let r = vm.call(method, Value::Object(o), &[])?;
            if !matches!(r, Value::Object(_)) {
                return Ok(r);
            }
        }
    }
    Err(vm.type_error("Cannot convert object to primitive value"))
}

// -- Parsing -----------------------------------------------------------------

/// `Date.parse` of a string, charging its length.
fn parse_string(vm: &mut Vm, s: crate::value::JsStr) -> JsResult<f64> {
    let units = vm.heap().units(s);
    let cost = 1 + units.len() as u64 / 16;
    let t = parse_units(units);
    vm.charge(cost)?;
    Ok(t)
}

/// The time value a date string denotes, or NaN.
fn parse_units(units: Units<'_>) -> f64 {
    let mut s = Scanner { units, pos: 0 };
    if let Some(t) = s.iso() {
        return t;
    }
    let mut s = Scanner { units, pos: 0 };
    s.legacy().unwrap_or(f64::NAN)
}

/// A cursor over a string's code units.
struct Scanner<'a> {
    units: Units<'a>,
    pos: usize,
}

impl Scanner<'_> {
    fn peek(&self) -> Option<u8> {
        (self.pos < self.units.len())
            .then(|| self.units.at(self.pos))
            .and_then(|u| u8::try_from(u).ok())
    }

    fn at_end(&self) -> bool {
        self.pos >= self.units.len()
    }

    fn eat(&mut self, c: u8) -> bool {
        if self.peek() == Some(c) {
            self.pos += 1;
            true
        } else {
            false
        }
    }

    /// Some(()) when the next unit is `c` (consumed).
    fn expect(&mut self, c: u8) -> Option<()> {
        self.eat(c).then_some(())
    }

    /// Between `min` and `max` decimal digits, as a number; `max` bounds
    /// how many are read, so a longer run leaves digits behind.
    fn digits(&mut self, min: usize, max: usize) -> Option<(i64, usize)> {
        let mut value: i64 = 0;
        let mut n = 0;
        while n < max {
            match self.peek() {
                Some(c @ b'0'..=b'9') => {
                    value = value * 10 + i64::from(c - b'0');
                    self.pos += 1;
                    n += 1;
                }
                _ => break,
            }
        }
        (n >= min).then_some((value, n))
    }

    /// Exactly `n` digits.
    fn fixed(&mut self, n: usize) -> Option<i64> {
        self.digits(n, n).map(|(v, _)| v)
    }

    fn next_is_digit(&self) -> bool {
        self.peek().is_some_and(|c| c.is_ascii_digit())
    }

    /// A fraction of a second: one or more digits, of which the first three
    /// count (the rest are dropped, as Node does).
    fn fraction(&mut self) -> Option<i64> {
        let (mut ms, n) = self.digits(1, 3)?;
        ms *= [100, 10, 1][n - 1];
        while self.next_is_digit() {
            self.pos += 1;
        }
        Some(ms)
    }

    // -- ECMA-262 date time string format ------------------------------------

    /// `YYYY[-MM[-DD]][THH:mm[:ss[.sss]][Z|±HH:mm]]`, with `±YYYYYY`
    /// expanded years. Date-only forms are UTC; date-times without an
    /// offset are local time, which is UTC here.
    fn iso(&mut self) -> Option<f64> {
        let year = match self.peek()? {
            sign @ (b'+' | b'-') => {
                self.pos += 1;
                let y = self.fixed(6)?;
                if sign == b'-' {
                    if y == 0 {
                        return None; // -000000 is not a year
                    }
                    -y
                } else {
                    y
                }
            }
            _ => self.fixed(4)?,
        };
        let (mut month, mut day) = (1, 1);
        if self.eat(b'-') {
            month = self.fixed(2)?;
            if self.eat(b'-') {
                day = self.fixed(2)?;
            }
        }
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        let (mut hour, mut minute, mut second, mut ms, mut offset) = (0, 0, 0, 0, 0);
        if self.eat(b'T') {
            hour = self.fixed(2)?;
            self.expect(b':')?;
            minute = self.fixed(2)?;
            if self.eat(b':') {
                second = self.fixed(2)?;
                if self.eat(b'.') {
                    ms = self.fraction()?;
                }
            }
            if !valid_time(hour, minute, second, ms) {
                return None;
            }
            match self.peek() {
                Some(b'Z') => self.pos += 1,
                Some(sign @ (b'+' | b'-')) => {
                    self.pos += 1;
                    let h = self.fixed(2)?;
                    self.expect(b':')?;
                    let m = self.fixed(2)?;
                    if h > 23 || m > 59 {
                        return None;
                    }
                    offset = (h * 60 + m) * if sign == b'-' { -1 } else { 1 };
                }
                _ => {} // local time: UTC
            }
        }
        if !self.at_end() {
            return None;
        }
        Some(compose(
            year,
            month - 1,
            day,
            [hour, minute, second, ms],
            offset,
        ))
    }

    // -- The forms of toString, toUTCString and HTTP dates --------------------

    fn skip_spaces(&mut self) -> usize {
        let start = self.pos;
        while matches!(self.peek(), Some(b' ' | b'\t')) {
            self.pos += 1;
        }
        self.pos - start
    }

    /// A separator between fields: spaces, or a comma with optional spaces
    /// around it.
    fn separator(&mut self, comma: bool) -> Option<()> {
        let spaces = self.skip_spaces();
        if comma && self.eat(b',') {
            self.skip_spaces();
            return Some(());
        }
        (spaces > 0).then_some(())
    }

    /// A run of ASCII letters, lowercased into `buf` (longer words are
    /// reported with their full length and never match a name).
    fn word(&mut self, buf: &mut [u8; 12]) -> usize {
        let mut n = 0;
        while let Some(c) = self.peek().filter(u8::is_ascii_alphabetic) {
            if let Some(slot) = buf.get_mut(n) {
                *slot = c.to_ascii_lowercase();
            }
            n += 1;
            self.pos += 1;
        }
        n
    }

    /// A month name (three-letter abbreviation or full name, any case):
    /// 0 to 11.
    fn month(&mut self) -> Option<i64> {
        let mut buf = [0; 12];
        let n = self.word(&mut buf);
        let w = buf.get(..n)?;
        MONTH_NAMES
            .iter()
            .position(|full| w == &full.as_bytes()[..3] || w == full.as_bytes())
            .map(|i| i as i64)
    }

    /// An optional weekday name and comma (the weekday is not checked
    /// against the date, as in Node).
    fn weekday(&mut self) {
        let start = self.pos;
        let mut buf = [0; 12];
        let n = self.word(&mut buf);
        let w = buf.get(..n).unwrap_or(&[]);
        if n > 0
            && WEEKDAY_NAMES
                .iter()
                .any(|full| w == &full.as_bytes()[..3] || w == full.as_bytes())
        {
            self.separator(true);
        } else {
            self.pos = start;
        }
    }

    /// A year: two digits are 1950-2049 (RFC 2822), three to six digits
    /// are read as written, `-` makes it negative (as `toString` prints
    /// years before 1 BC).
    fn year(&mut self) -> Option<i64> {
        let negative = self.eat(b'-');
        let (y, n) = self.digits(2, 6)?;
        if self.next_is_digit() {
            return None;
        }
        Some(match (negative, n) {
            (true, _) => -y,
            (false, 2) if y < 50 => 2000 + y,
            (false, 2) => 1900 + y,
            _ => y,
        })
    }

    /// A day of the month, 1 to 31.
    fn day(&mut self) -> Option<i64> {
        let (d, _) = self.digits(1, 2)?;
        (!self.next_is_digit() && (1..=31).contains(&d)).then_some(d)
    }

    /// Whether a time (`H:`) starts here.
    fn time_ahead(&self) -> bool {
        let at = |i: usize| {
            let p = self.pos + i;
            (p < self.units.len()).then(|| self.units.at(p))
        };
        let is_digit = |u: Option<u16>| u.is_some_and(|u| (0x30..=0x39).contains(&u));
        is_digit(at(0))
            && (at(1) == Some(u16::from(b':'))
                || (is_digit(at(1)) && at(2) == Some(u16::from(b':'))))
    }

    /// `H:MM[:SS[.fff]]`: hours, minutes, seconds, milliseconds.
    fn time(&mut self) -> Option<[i64; 4]> {
        let field = |s: &mut Self| {
            s.digits(1, 2)
                .filter(|_| !s.next_is_digit())
                .map(|(v, _)| v)
        };
        let hour = field(self)?;
        self.expect(b':')?;
        let minute = field(self)?;
        let (mut second, mut ms) = (0, 0);
        if self.eat(b':') {
            second = field(self)?;
            if self.eat(b'.') {
                ms = self.fraction()?;
            }
        }
        valid_time(hour, minute, second, ms).then_some([hour, minute, second, ms])
    }

    /// A numeric offset after `+` or `-`: `HHMM`, `H[H]` or `H[H]:MM`, in
    /// minutes.
    fn numeric_offset(&mut self, sign: u8) -> Option<i64> {
        let (v, n) = self.digits(1, 4)?;
        let (h, m) = match n {
            4 => (v / 100, v % 100),
            1 | 2 if self.eat(b':') => (v, self.fixed(2)?),
            1 | 2 => (v, 0),
            _ => return None,
        };
        if self.next_is_digit() || h > 23 || m > 59 {
            return None;
        }
        Some((h * 60 + m) * if sign == b'-' { -1 } else { 1 })
    }

    /// A time zone after a time: `GMT`, `UTC`, `UT` or `Z`, optionally
    /// followed by a numeric offset; a bare numeric offset; or a North
    /// American zone abbreviation. None when there is none (local time,
    /// which is UTC); an error when something unreadable is there.
    fn zone(&mut self) -> Result<Option<i64>, ()> {
        let start = self.pos;
        self.skip_spaces();
        match self.peek() {
            Some(sign @ (b'+' | b'-')) => {
                self.pos += 1;
                return self.numeric_offset(sign).map(Some).ok_or(());
            }
            Some(c) if c.is_ascii_alphabetic() => {}
            _ => {
                self.pos = start;
                return Ok(None);
            }
        }
        let mut buf = [0; 12];
        let n = self.word(&mut buf);
        let w = buf.get(..n).unwrap_or(&[]);
        if let Some(&(_, hours)) = US_ZONES.iter().find(|(name, _)| w == name.as_bytes()) {
            return Ok(Some(hours * 60));
        }
        if !matches!(w, b"gmt" | b"utc" | b"ut" | b"z") {
            return Err(());
        }
        let after_name = self.pos;
        self.skip_spaces();
        match self.peek() {
            Some(sign @ (b'+' | b'-')) => {
                self.pos += 1;
                self.numeric_offset(sign).map(Some).ok_or(())
            }
            _ => {
                self.pos = after_name;
                Ok(Some(0))
            }
        }
    }

    /// `[Weekday[,]] D Mon YYYY`, `[Weekday] Mon D[,] YYYY`,
    /// `[Weekday,] DD-Mon-YY` or `[Weekday] Mon D HH:MM:SS YYYY`, then an
    /// optional time and zone, then an optional `(comment)`.
    fn legacy(&mut self) -> Option<f64> {
        self.skip_spaces();
        self.weekday();
        let (year, month, day);
        let mut time = None;
        if self.next_is_digit() {
            day = self.day()?;
            if self.eat(b'-') {
                month = self.month()?;
                self.expect(b'-')?;
            } else {
                self.separator(false)?;
                month = self.month()?;
                self.separator(true)?;
            }
            year = self.year()?;
        } else {
            month = self.month()?;
            self.separator(false)?;
            day = self.day()?;
            self.separator(true)?;
            if self.time_ahead() {
                // asctime: `Mon D HH:MM:SS YYYY`.
                time = Some(self.time()?);
                self.separator(false)?;
            }
            year = self.year()?;
        }
        let mut offset = None;
        if time.is_none() {
            let start = self.pos;
            if self.skip_spaces() > 0 && self.time_ahead() {
                time = Some(self.time()?);
            } else {
                self.pos = start;
            }
        }
        if time.is_some() {
            offset = self.zone().ok()?;
        }
        self.skip_spaces();
        if self.eat(b'(') {
            while let Some(c) = self.peek() {
                if c == b'(' {
                    return None;
                }
                self.pos += 1;
                if c == b')' {
                    break;
                }
            }
            self.skip_spaces();
        }
        if !self.at_end() {
            return None;
        }
        Some(compose(
            year,
            month,
            day,
            time.unwrap_or([0; 4]),
            offset.unwrap_or(0),
        ))
    }
}

const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAY_NAMES: [&str; 7] = [
    "sunday",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
];

/// The zone abbreviations RFC 2822 defines, with their offsets in hours.
const US_ZONES: [(&str, i64); 8] = [
    ("est", -5),
    ("edt", -4),
    ("cst", -6),
    ("cdt", -5),
    ("mst", -7),
    ("mdt", -6),
    ("pst", -8),
    ("pdt", -7),
];

/// A time of day within range; 24:00 is the end of the day.
fn valid_time(hour: i64, minute: i64, second: i64, ms: i64) -> bool {
    (hour < 24 && minute < 60 && second < 60)
        || (hour == 24 && minute == 0 && second == 0 && ms == 0)
}

/// The time value of parsed fields, `offset` minutes east of UTC.
fn compose(year: i64, month: i64, day: i64, time: [i64; 4], offset: i64) -> f64 {
    let [h, m, s, ms] = time;
    let local = make_date(
        make_day(year as f64, month as f64, day as f64),
        make_time(h as f64, m as f64, s as f64, ms as f64),
    );
    time_clip(local - offset as f64 * MS_PER_MINUTE)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(s: &str) -> f64 {
        parse_units(Units::Latin1(s.as_bytes()))
    }

    #[test]
    fn fields_round_trip_through_make_day() {
        for &t in &[
            0.0,
            -1.0,
            8.64e15,
            -8.64e15,
            951_782_400_000.0,
            -62_198_755_200_001.0,
            1_700_000_000_000.0,
        ] {
            let f = Fields::of(t);
            assert_eq!(time_from_fields(f.as_array()), t, "{t}");
        }
        let f = Fields::of(-8.64e15);
        assert_eq!((f.year, f.month, f.day, f.weekday), (-271_821, 3, 20, 2));
        let f = Fields::of(8.64e15);
        assert_eq!((f.year, f.month, f.day, f.weekday), (275_760, 8, 13, 6));
    }

    #[test]
    fn every_day_of_four_centuries_decomposes() {
        let mut day = day_from_year(1600) as f64;
        let end = day_from_year(2000) as f64;
        let (mut y, mut m, mut d) = (1600, 0, 1);
        while day < end {
            let f = Fields::of(day * MS_PER_DAY);
            assert_eq!((f.year, f.month, f.day), (y, m, d));
            let len = [
                31,
                if is_leap(y) { 29 } else { 28 },
                31,
                30,
                31,
                30,
                31,
                31,
                30,
                31,
                30,
                31,
            ][m as usize];
            d += 1;
            if d > len {
                d = 1;
                m += 1;
                if m == 12 {
                    m = 0;
                    y += 1;
                }
            }
            day += 1.0;
        }
    }

    #[test]
    fn parses_the_accepted_forms() {
        assert_eq!(parse("Tue, 15 Nov 1994 08:12:31 GMT"), 784_887_151_000.0);
        assert_eq!(
            parse("Tue Nov 15 1994 08:12:31 GMT+0000 (Coordinated Universal Time)"),
            784_887_151_000.0
        );
        assert_eq!(parse("Sunday, 06-Nov-94 08:49:37 GMT"), 784_111_777_000.0);
        assert_eq!(parse("Sun Nov  6 08:49:37 1994"), 784_111_777_000.0);
        assert_eq!(parse("+275760-09-13T00:00:00.000Z"), 8.64e15);
        assert_eq!(parse("2020-01-02T03:04:05.6789-01:30"), 1_577_939_645_678.0);
        for bad in [
            "",
            "-000000-01-01",
            "2020-01-02T24:00:01Z",
            "Tue, 15 Nov 1994 08:12:31 CET",
            "15 Nov 1994 junk",
        ] {
            assert!(parse(bad).is_nan(), "{bad}");
        }
    }
}
