//! The reader against the serde derives: on every text it reads, the same
//! `Event`; on every text it declines, `from_json` is serde's answer; and
//! filling an event that held another gives what `from_json` gives.

use super::{plain_end, read_into};
use crate::runtime::event::{Entries, Entry, Event, EventType, finish, parse_with_serde};
use proptest::prelude::*;
use proptest::strategy::{Union, ValueTree};
use proptest::test_runner::TestRunner;

/// The reader's event for `text`, read into an empty event.
fn read(text: &str) -> Option<Event> {
    let mut event = Event::empty();
    read_into(text, &mut event).map(|()| event)
}

/// `from_json`'s answer from serde's reading.
fn finished(mut event: Event) -> Result<Event, String> {
    finish(&mut event).map(|()| event)
}

/// Holds the reader to serde on `text`; gives whether the reader took it.
fn check(text: &str) -> bool {
    let serde = parse_with_serde(text);
    let fast = read(text);
    if let Some(event) = &fast {
        assert_eq!(Ok(event), serde.as_ref(), "{text}");
    }
    assert_eq!(Event::from_json(text), serde.and_then(finished), "{text}");
    fast.is_some()
}

/// An event that held `before` (the one `from_json` or serde reads from
/// it, or the empty one), filled from `text`: the same as `from_json`'s
/// answer, and the empty event after an error.
fn check_fill(before: &str, text: &str) {
    let mut event = Event::from_json(before)
        .or_else(|_| parse_with_serde(before))
        .unwrap_or_else(|_| Event::empty());
    let filled = event.fill_from_json(text);
    match Event::from_json(text) {
        Ok(want) => {
            assert_eq!(filled, Ok(()), "{before}\n{text}");
            assert_eq!(event, want, "{before}\n{text}");
        }
        Err(e) => {
            assert_eq!(filled, Err(e), "{before}\n{text}");
            assert_eq!(event, Event::empty(), "{before}\n{text}");
        }
    }
}

/// A viewer-request event around `request`'s members.
fn with_request(request: &str) -> String {
    format!(r#"{{"context":{{"eventType":"viewer-request"}},"request":{{{request}}}}}"#)
}

/// A viewer-response event around `response`'s members.
fn with_response(response: &str) -> String {
    format!(
        r#"{{"context":{{"eventType":"viewer-response"}},"request":{{"method":"GET","uri":"/"}},"response":{{{response}}}}}"#
    )
}

/// The examples' events are read by the reader.
#[test]
fn reads_the_examples() {
    for text in [
        include_str!("../../../examples/normalize-query-string/events/messy.json"),
        include_str!("../../../examples/add-security-headers/events/page.json"),
        include_str!("../../../examples/index-rewrite/events/docs.json"),
    ] {
        assert!(check(text), "{text}");
    }
}

/// Defaults, `null` for the optional fields, the wrapper, white space.
#[test]
fn reads_defaults_nulls_and_the_wrapper() {
    let bare = with_request(r#""method":"GET","uri":"/""#);
    assert!(check(&bare));
    let event = read(&bare).expect("read");
    assert_eq!(event.version, "1.0");
    assert_eq!(event.viewer.ip, "");
    assert!(event.request.headers.is_empty());
    assert!(check(&format!(" \t\r\n{{\"EventObject\" :\n{bare} }}\n ")));
    assert!(check(
        r#"{"context":{"eventType":"viewer-request","distributionDomainName":null,"endpoint":null,
        "distributionId":"E1","requestId":null},"viewer":{},"response":null,
        "request":{"method":"GET","uri":"/","headers":{"a":{"value":"1","attributes":null,"multiValue":null}}}}"#
    ));
    assert!(check(&with_response(
        r#""statusCode":0,"statusDescription":null,"body":null"#
    )));
    assert!(check(&with_response(r#""statusCode":65535"#)));
}

/// Escapes in values and entry names decode as serde_json decodes them.
#[test]
fn reads_escapes() {
    let text = with_request(
        r#""method":"G\u0045T","uri":"\/a\"b\\c\b\f\n\r\t\u00e9\u20AC\ud83d\uDE00\u0000","headers":{"x\u002dy":{"value":"é€😀"}}"#,
    );
    assert!(check(&text));
    let event = read(&text).expect("read");
    assert_eq!(event.request.method, "GET");
    assert_eq!(event.request.uri, "/a\"b\\c\x08\x0c\n\r\té€😀\0");
    assert_eq!(
        event.request.headers.get("x-y").map(|e| &*e.value),
        Some("é€😀")
    );
}

/// A repeated entry name keeps its first place and its last value.
#[test]
fn reads_repeated_entry_names() {
    let text = with_request(
        r#""method":"GET","uri":"/","querystring":{"a":{"value":"1"},"b":{"value":"2"},"a":{"value":"3","multiValue":[]}}"#,
    );
    assert!(check(&text));
    let mut want = Entries::default();
    want.0.push((
        "a".into(),
        Entry {
            multi_value: Some(Vec::new()),
            ..Entry::new("3")
        },
    ));
    want.0.push(("b".into(), Entry::new("2")));
    assert_eq!(read(&text).expect("read").request.querystring, want);
}

/// Every case the reader declines, whether serde accepts it (then
/// `from_json` still gives the event) or refuses it (and gives its error).
#[test]
fn declines_the_unusual() {
    let declined = [
        // serde accepts these.
        with_request(r#""method":"GET","uri":"/","extra":1"#),
        with_request(r#""m\u0065thod":"GET","uri":"/""#),
        with_request(
            r#""method":"GET","uri":"/","headers":{"a":{"value":"1","multiValue":[{"value":"1","multiValue":[]}]}}"#,
        ),
        with_response(r#""statusCode":200,"body":"text""#),
        with_response(r#""statusCode":200,"body":{"data":"x","encoding":"text"}"#),
        r#"[{"eventType":"viewer-request"}]"#.into(),
        r#"{"context":{"eventType":"viewer-request"},"request":["GET",{},"/"]}"#.into(),
        // serde refuses these.
        with_request(r#""method":"GET","uri":"/","method":"GET""#),
        with_request(r#""method":"GET","uri":"\ud800""#),
        with_request(r#""method":"GET","uri":"\udc00""#),
        with_request(r#""method":"GET","uri":"\ud800\u0041""#),
        with_request(r#""method":"GET","uri":"\x""#),
        with_request("\"method\":\"GET\",\"uri\":\"a\u{1}b\""),
        with_request(r#""method":"GET","uri":"/","#),
        with_request(r#""method":"GET","uri":"/","headers":null"#),
        with_request(r#""method":null,"uri":"/""#),
        with_response(r#""statusCode":200.0"#),
        with_response(r#""statusCode":2e2"#),
        with_response(r#""statusCode":-1"#),
        with_response(r#""statusCode":0200"#),
        with_response(r#""statusCode":65536"#),
        with_response(r#""statusCode":"200""#),
        with_request(r#""method":"GET","uri":"/"} x"#),
        format!(
            r#"{{"EventObject":{},"context":{{"eventType":"viewer-request"}}}}"#,
            with_request(r#""method":"GET","uri":"/""#)
        ),
        r#"{"context":{"eventType":"origin-request"},"request":{"method":"GET","uri":"/"}}"#
            .into(),
        r#"{"context":{"eventType":"viewer-request"},"request":{"method":"GET","uri":"/"},"version":nul}"#
            .into(),
    ];
    for text in &declined {
        assert!(!check(text), "{text}");
    }
    // A viewer-response event without a response is read, and refused by
    // the check both paths share.
    let text =
        r#"{"context":{"eventType":"viewer-response"},"request":{"method":"GET","uri":"/"}}"#;
    assert!(check(text));
    assert!(Event::from_json(text).is_err());
    assert_eq!(
        read(text).map(|e| e.event_type()),
        Some(EventType::ViewerResponse)
    );
}

/// Filling an event that held another: parts that appear, disappear,
/// grow and shrink; the wrapper; escapes; repeated names; texts the reader
/// declines, whether serde takes them or not.
#[test]
fn fills_over_other_events() {
    let plain = with_request(r#""method":"GET","uri":"/""#);
    let full = with_request(
        r#""method":"POST","uri":"/a/b","headers":{"host":{"value":"h"},"accept":{"value":"*/*"},"x":{"value":"1","multiValue":[{"value":"1"},{"value":"2"},{"value":"3"}]}},"querystring":{"q":{"value":"1"},"r":{"value":""}},"cookies":{"c":{"value":"v"}}"#,
    );
    let shrunk = with_request(
        r#""method":"GET","uri":"/","headers":{"accept":{"value":"text/html"}},"querystring":{"q":{"value":"2","multiValue":[{"value":"2"},{"value":"3"}]}}"#,
    );
    let no_multi = with_request(
        r#""method":"GET","uri":"/","headers":{"host":{"value":"h"},"accept":{"value":"*/*"},"x":{"value":"1"}}"#,
    );
    let repeated = with_request(
        r#""method":"GET","uri":"/","headers":{"a":{"value":"1","multiValue":[{"value":"1"}]},"b":{"value":"2"},"a":{"value":"3","attributes":"x"}}"#,
    );
    let escaped = with_request(
        r#""method":"G\u0045T","uri":"/\u00e9\"\\","headers":{"x\u002dy":{"value":"\ud83d\ude00","attributes":"\n"}}"#,
    );
    let response = with_response(
        r#""statusCode":302,"statusDescription":"Found","headers":{"location":{"value":"/x"}},"cookies":{"s":{"value":"1","attributes":"Path=/"}}"#,
    );
    let bare_response = with_response(r#""statusCode":200"#);
    let context = r#"{"version":"2.0","context":{"eventType":"viewer-request","distributionDomainName":"d.example","endpoint":"e","distributionId":"E1","requestId":"r"},"viewer":{"ip":"192.0.2.1"},"request":{"method":"GET","uri":"/"}}"#;
    let wrapped = format!(r#"{{"EventObject":{full}}}"#);
    let events = [
        plain.clone(),
        full,
        shrunk,
        no_multi,
        repeated,
        escaped,
        response,
        bare_response,
        context.to_string(),
        wrapped,
    ];
    let declined = [
        // serde takes these.
        with_response(r#""statusCode":200,"headers":{"a":{"value":"1"}},"body":"text""#),
        with_request(
            r#""method":"GET","uri":"/","headers":{"a":{"value":"1","multiValue":[{"value":"1","multiValue":[]}]}}"#,
        ),
        with_request(r#""method":"GET","uri":"/","querystring":{"q":{"value":"1"}},"extra":1"#),
        // serde refuses these, after the reader filled part of the event.
        with_request(r#""method":"GET","uri":"/x","headers":{"a":{"value":"1"}},"uri":"/""#),
        with_request(r#""method":"GET","uri":"/","headers":{"a":{"value":"1"},"b":{"value":1}}"#),
        with_request(r#""method":"PUT","uri":"/","#),
        r#"{"context":{"eventType":"viewer-response"},"request":{"method":"GET","uri":"/"}}"#
            .to_string(),
        "not JSON".to_string(),
    ];
    for before in events.iter().chain(&declined) {
        for text in events.iter().chain(&declined) {
            check_fill(before, text);
        }
    }
    // The result of an error is the empty event, which fills as well.
    let mut event = Event::from_json(&plain).expect("event");
    assert!(event.fill_from_json("{").is_err());
    assert_eq!(event, Event::empty());
    assert_eq!(
        event.fill_from_json(&plain),
        Event::from_json(&plain).map(drop)
    );
}

/// Every heap buffer of `event` (strings and lists), by address.
fn buffers(event: &Event) -> Vec<usize> {
    fn of_entries(e: &Entries, out: &mut Vec<usize>) {
        out.push(e.0.as_ptr().addr());
        for (name, e) in &e.0 {
            out.push(name.as_ptr().addr());
            of_entry(e, out);
        }
    }
    fn of_entry(e: &Entry, out: &mut Vec<usize>) {
        out.push(e.value.as_ptr().addr());
        out.extend(e.attributes.iter().map(|a| a.as_ptr().addr()));
        if let Some(list) = &e.multi_value {
            out.push(list.as_ptr().addr());
            for item in list {
                of_entry(item, out);
            }
        }
    }
    let c = &event.context;
    let mut out: Vec<usize> = [&c.distribution_domain_name, &c.endpoint, &c.distribution_id]
        .into_iter()
        .chain([&c.request_id, &event.raw_query])
        .flatten()
        .chain([
            &event.version,
            &event.viewer.ip,
            &event.request.method,
            &event.request.uri,
        ])
        .map(|s| s.as_ptr().addr())
        .collect();
    for e in [
        &event.request.headers,
        &event.request.querystring,
        &event.request.cookies,
    ] {
        of_entries(e, &mut out);
    }
    if let Some(r) = &event.response {
        out.extend(r.status_description.iter().map(|s| s.as_ptr().addr()));
        of_entries(&r.headers, &mut out);
        of_entries(&r.cookies, &mut out);
    }
    out
}

/// Events of one shape, with values no longer than the first's, are
/// filled into the buffers the first left: nothing is allocated.
#[test]
fn refilling_reuses_every_buffer() {
    let text = |uri: &str, value: &str, escaped: &str| {
        format!(
            r#"{{"context":{{"eventType":"viewer-response","requestId":"r-{value}"}},"viewer":{{"ip":"192.0.2.{value}"}},
            "request":{{"method":"GET","uri":"{uri}","querystring":{{"a":{{"value":"{value}"}},"b":{{"value":"{value}","multiValue":[{{"value":"{value}"}},{{"value":"x"}}]}}}},
            "headers":{{"host":{{"value":"{escaped}"}}}}}},
            "response":{{"statusCode":200,"statusDescription":"OK","headers":{{"x":{{"value":"{value}"}}}},"cookies":{{"c":{{"value":"{value}","attributes":"Path=/{value}"}}}}}}}}"#
        )
    };
    let mut event = Event::from_json(&text("/first/uri", "100", r"\u00e9\u00e9")).expect("event");
    let before = buffers(&event);
    for next in [text("/", "1", "x"), text("/second", "42", r"\n")] {
        event.fill_from_json(&next).expect("event");
        assert_eq!(Ok(&event), Event::from_json(&next).as_ref());
        assert_eq!(buffers(&event), before, "{next}");
    }
}

// Generated texts: members in any order, some repeated or unknown, values
// of the right type or not, strings with every kind of escape, varied
// white space, and then texts mutated by a character.

/// JSON white space between tokens.
fn ws() -> BoxedStrategy<&'static str> {
    prop_oneof![
        6 => Just(""),
        2 => Just(" "),
        1 => Just("\n  "),
        1 => Just("\t\r\n"),
    ]
    .boxed()
}

/// A JSON string literal; `wild` adds, now and then, what serde refuses.
fn string_lit(wild: bool) -> BoxedStrategy<String> {
    if wild {
        return prop_oneof![150 => string_text(false), 1 => string_text(true)].boxed();
    }
    string_text(false)
}

/// A JSON string literal, of pieces `wild` or not.
fn string_text(wild: bool) -> BoxedStrategy<String> {
    let mut pieces: Vec<(u32, BoxedStrategy<&'static str>)> = vec![
        (8, Just("a").boxed()),
        (4, Just("/").boxed()),
        (2, Just("=&").boxed()),
        (1, Just("é").boxed()),
        (1, Just("€").boxed()),
        (1, Just("😀").boxed()),
        (1, Just("\x7f").boxed()),
        (1, Just(r#"\""#).boxed()),
        (1, Just(r"\\").boxed()),
        (1, Just(r"\/").boxed()),
        (1, Just(r"\b\f\n\r\t").boxed()),
        (1, Just(r"\u0041").boxed()),
        (1, Just(r"\u00e9").boxed()),
        (1, Just(r"\u20AC").boxed()),
        (1, Just(r"\uD83D\uDE00").boxed()),
        (1, Just(r"\u0000").boxed()),
        (1, Just(r"\u002d").boxed()),
    ];
    if wild {
        pieces.extend([
            (1, Just(r"\ud83d").boxed()),
            (1, Just(r"\ude00").boxed()),
            (1, Just(r"\ud83d\u0041").boxed()),
            (1, Just(r"\x").boxed()),
            (1, Just(r"\u12").boxed()),
            (1, Just("\u{1}").boxed()),
            (1, Just("\t").boxed()),
        ]);
    }
    prop::collection::vec(Union::new_weighted(pieces), 0..6)
        .prop_map(|p| format!("\"{}\"", p.concat()))
        .boxed()
}

/// An object of `members`, each `(name, value)` already JSON text.
fn object(members: Vec<(String, String)>, spaces: Vec<&'static str>) -> String {
    let mut out = String::from("{");
    let mut space = spaces.iter().cycle();
    for (i, (name, value)) in members.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        for piece in [space.next(), Some(&name.as_str()), space.next()] {
            out.push_str(piece.copied().unwrap_or(""));
        }
        out.push(':');
        out.push_str(space.next().copied().unwrap_or(""));
        out.push_str(value);
    }
    out.push_str(space.next().copied().unwrap_or(""));
    out.push('}');
    out
}

/// How likely a member is to be written: a required one always is in the
/// texts the reader handles.
fn presence(wild: bool, required: bool) -> f64 {
    match (wild, required) {
        (false, true) => 1.0,
        (true, true) => 0.98,
        _ => 0.7,
    }
}

/// An object whose members are drawn from `fields` (name, how likely it is
/// written, value strategy), in any order; `wild` adds repeated and
/// unknown members.
fn members(
    fields: Vec<(&'static str, f64, BoxedStrategy<String>)>,
    wild: bool,
) -> BoxedStrategy<String> {
    let extra: BoxedStrategy<Vec<(String, String)>> = if wild {
        prop::option::weighted(
            0.01,
            prop_oneof![
                Just(("\"extra\"".to_string(), "1".to_string())),
                Just(("\"v\\u0061lue\"".to_string(), "\"x\"".to_string())),
                Just((String::new(), String::new())),
            ],
        )
        .prop_map(|extra| extra.into_iter().collect())
        .boxed()
    } else {
        Just(Vec::new()).boxed()
    };
    let present: Vec<_> = fields
        .into_iter()
        .map(|(name, p, value)| {
            let value = match p < 1.0 {
                true => prop::option::weighted(p, value).boxed(),
                false => value.prop_map(Some).boxed(),
            };
            value.prop_map(move |v| (name, v))
        })
        .collect();
    (present, extra, prop::collection::vec(ws(), 1..8))
        .prop_flat_map(|(present, extra, spaces)| {
            let mut all: Vec<(String, String)> = present
                .into_iter()
                .filter_map(|(name, v)| v.map(|v| (format!("\"{name}\""), v)))
                .collect();
            for (name, value) in extra {
                // An empty pair repeats the first member.
                match all.first().cloned() {
                    Some(first) if name.is_empty() => all.push(first),
                    _ if name.is_empty() => {}
                    _ => all.push((name, value)),
                }
            }
            Just(all)
                .prop_shuffle()
                .prop_map(move |m| object(m, spaces.clone()))
        })
        .boxed()
}

/// A string, or with `wild` sometimes `null` or a number.
fn string_value(wild: bool) -> BoxedStrategy<String> {
    if wild {
        prop_oneof![150 => string_lit(true), 1 => Just("null".into()), 1 => Just("7".into())]
            .boxed()
    } else {
        string_lit(false)
    }
}

/// A string or `null`.
fn nullable_string(wild: bool) -> BoxedStrategy<String> {
    prop_oneof![4 => string_value(wild), 1 => Just("null".into())].boxed()
}

/// An entry; `outer` when it is not one inside a `multiValue` list (where
/// only `wild` texts have a `multiValue` of their own).
fn entry(wild: bool, outer: bool) -> BoxedStrategy<String> {
    let mut fields = vec![
        ("value", presence(wild, true), string_value(wild)),
        ("attributes", 0.3, nullable_string(wild)),
    ];
    if outer {
        let list = prop::collection::vec(entry(wild, false), 0..3)
            .prop_map(|e| format!("[{}]", e.join(",")));
        fields.push((
            "multiValue",
            0.5,
            prop_oneof![3 => list, 1 => Just("null".to_string())].boxed(),
        ));
    } else if wild {
        fields.push((
            "multiValue",
            0.03,
            prop_oneof![Just("null"), Just("[]"), Just(r#"[{"value":""}]"#)]
                .prop_map(String::from)
                .boxed(),
        ));
    }
    members(fields, wild)
}

/// Named entries, names drawn from few so that some repeat.
fn entries(wild: bool) -> BoxedStrategy<String> {
    let name = prop_oneof![
        Just("\"a\"".to_string()),
        Just("\"b\"".to_string()),
        Just("\"\"".to_string()),
        Just("\"\\u0061\"".to_string()),
        string_lit(wild),
    ];
    (
        prop::collection::vec((name, entry(wild, true)), 0..4),
        prop::collection::vec(ws(), 1..4),
    )
        .prop_map(|(e, spaces)| object(e, spaces))
        .boxed()
}

/// A status code's text.
fn status_code(wild: bool) -> BoxedStrategy<String> {
    let plain = prop_oneof![Just("200"), Just("0"), Just("404"), Just("65535")];
    if !wild {
        return plain.prop_map(String::from).boxed();
    }
    prop_oneof![
        30 => plain,
        1 => Just("65536"),
        1 => Just("200.0"),
        1 => Just("2e2"),
        1 => Just("-1"),
        1 => Just("-0"),
        1 => Just("007"),
        1 => Just("\"200\""),
        1 => Just("99999999999999999999999"),
    ]
    .prop_map(String::from)
    .boxed()
}

/// A whole event (viewer-request or viewer-response), maybe wrapped.
fn event(wild: bool) -> BoxedStrategy<String> {
    let event_type = if wild {
        prop_oneof![
            10 => Just("\"viewer-request\""),
            10 => Just("\"viewer-response\""),
            1 => Just("\"viewer\\u002drequest\""),
            1 => Just("\"origin-request\""),
            1 => Just("5"),
        ]
        .boxed()
    } else {
        prop_oneof![Just("\"viewer-request\""), Just("\"viewer-response\"")].boxed()
    };
    let context = members(
        vec![
            (
                "eventType",
                presence(wild, true),
                event_type.prop_map(String::from).boxed(),
            ),
            ("distributionDomainName", 0.5, nullable_string(wild)),
            ("endpoint", 0.3, nullable_string(wild)),
            ("distributionId", 0.5, nullable_string(wild)),
            ("requestId", 0.5, nullable_string(wild)),
        ],
        wild,
    );
    let request = members(
        vec![
            ("method", presence(wild, true), string_value(wild)),
            ("uri", presence(wild, true), string_value(wild)),
            ("headers", 0.8, entries(wild)),
            ("querystring", 0.8, entries(wild)),
            ("cookies", 0.8, entries(wild)),
        ],
        wild,
    );
    let mut response_fields = vec![
        ("statusCode", presence(wild, true), status_code(wild)),
        ("statusDescription", 0.7, nullable_string(wild)),
        ("headers", 0.8, entries(wild)),
        ("cookies", 0.8, entries(wild)),
    ];
    if wild {
        response_fields.push((
            "body",
            0.2,
            prop_oneof![
                Just("null".to_string()),
                Just("\"text\"".to_string()),
                Just(r#"{"data":"eA==","encoding":"base64"}"#.to_string()),
            ]
            .boxed(),
        ));
    }
    let response = prop_oneof![
        4 => members(response_fields, wild),
        1 => Just("null".to_string()),
    ];
    let viewer = members(vec![("ip", 0.8, string_value(wild))], wild);
    let event = members(
        vec![
            ("version", 0.8, string_value(wild)),
            ("context", presence(wild, true), context),
            ("viewer", 0.8, viewer),
            ("request", presence(wild, true), request),
            ("response", 0.5, response.boxed()),
        ],
        wild,
    );
    (event, prop::option::weighted(0.1, ws()))
        .prop_map(|(event, wrapped)| match wrapped {
            Some(space) => format!("{{{space}\"EventObject\":{event}}}{space}"),
            None => event,
        })
        .boxed()
}

/// A change of one character: deleted, replaced by or preceded by a
/// character that matters to JSON, or the text cut there.
fn mutate(text: &str, at: usize, kind: u8, c: char) -> String {
    let at = text
        .char_indices()
        .map(|(i, _)| i)
        .nth(at % text.chars().count().max(1))
        .unwrap_or(0);
    let rest = text.get(at..).unwrap_or("");
    let next = rest.chars().next().map_or(0, char::len_utf8);
    let head = text.get(..at).unwrap_or("");
    match kind % 4 {
        0 => format!("{head}{}", &rest[next..]),
        1 => format!("{head}{c}{}", &rest[next..]),
        2 => format!("{head}{c}{rest}"),
        _ => head.to_string(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    /// Events in the shapes the reader handles: it reads every one, as
    /// serde does.
    #[test]
    fn reads_what_it_handles(text in event(false)) {
        prop_assert!(check(&text), "declined {}", text);
    }

    /// Anything goes: whatever the reader takes, it reads as serde does.
    #[test]
    fn agrees_with_serde(text in event(true)) {
        check(&text);
    }

    /// An event that held another (any kind), filled from any text, is
    /// what `from_json` gives, or empty with `from_json`'s error.
    #[test]
    fn fills_as_from_json(before in event(true), text in event(true)) {
        check_fill(&before, &text);
    }

    /// The same, for texts one character away from an event.
    #[test]
    fn fills_mutated_texts_as_from_json(
        before in event(true),
        text in event(true),
        at in any::<usize>(),
        kind in any::<u8>(),
        c in prop::sample::select(vec!['{', '}', '[', ']', '"', ',', ':', '\\', ' ', '0', '.', 'n', 'u', 'e', '-']),
    ) {
        check_fill(&before, &mutate(&text, at, kind, c));
    }

    /// Texts one character away from an event.
    #[test]
    fn agrees_on_mutated_texts(
        text in event(true),
        at in any::<usize>(),
        kind in any::<u8>(),
        c in prop::sample::select(vec!['{', '}', '[', ']', '"', ',', ':', '\\', ' ', '0', '.', 'n', 'u', 'e', '-']),
    ) {
        check(&mutate(&text, at, kind, c));
    }
}

proptest! {
    /// `plain_end`'s eight-byte steps find what a byte-by-byte scan finds,
    /// wherever the bytes that end plain text are.
    #[test]
    fn plain_end_finds_what_a_scan_finds(
        bytes in prop::collection::vec(
            prop_oneof![
                8 => Just(b'a'),
                1 => Just(b'"'),
                1 => Just(b'\\'),
                1 => prop::sample::select(vec![0x00, 0x01, 0x1f, 0x20, 0x21, 0x23, 0x5b, 0x5d, 0x7f, 0x80, 0xa2, 0xdc, 0xff]),
                2 => any::<u8>(),
            ],
            0..40,
        ),
        from in 0usize..42,
    ) {
        let scan = bytes
            .iter()
            .enumerate()
            .skip(from)
            .find(|&(_, &b)| b == b'"' || b == b'\\' || b < 0x20)
            .map(|(i, &b)| (i, b));
        prop_assert_eq!(plain_end(&bytes, from), scan);
    }
}

/// The generators reach what they should: the wild one both texts the
/// reader reads and texts it declines.
#[test]
fn wild_texts_are_both_read_and_declined() {
    let mut runner = TestRunner::deterministic();
    let strategy = event(true);
    let (mut read_some, mut declined) = (0, 0);
    for _ in 0..500 {
        let text = strategy.new_tree(&mut runner).expect("a text").current();
        if check(&text) {
            read_some += 1;
        } else {
            declined += 1;
        }
    }
    assert!(
        read_some > 25 && declined > 25,
        "{read_some} read, {declined} declined"
    );
}
