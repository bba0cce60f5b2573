//! BILOU labels over four entity kinds.

/// What kind of entity a mention names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, party, agency, outlet, team…
    Organization,
    /// A country, city, region, place.
    Place,
    /// Anything else with a name (events, works, nationalities).
    Other,
}

impl EntityKind {
    /// The kinds, in label order.
    pub const ALL: [EntityKind; 4] = [
        EntityKind::Person,
        EntityKind::Organization,
        EntityKind::Place,
        EntityKind::Other,
    ];

    /// The name used in JSON output.
    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        }
    }

    /// The kind for a corpus tag type (PER, ORG, LOC, MISC and WNUT's types).
    pub fn from_tag(tag: &str) -> Option<EntityKind> {
        match tag {
            "PER" | "person" => Some(EntityKind::Person),
            "ORG" | "group" | "corporation" => Some(EntityKind::Organization),
            "LOC" | "GPE" | "location" => Some(EntityKind::Place),
            "MISC" | "product" | "creative-work" => Some(EntityKind::Other),
            _ => None,
        }
    }
}

/// Number of labels: O plus B, I, L, U for each kind.
pub const COUNT: usize = 1 + 4 * EntityKind::ALL.len();

/// Position of a token in a mention.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// First of several tokens.
    Begin,
    /// Inside.
    Inside,
    /// Last of several.
    Last,
    /// A one-token mention.
    Unit,
}

/// A label index: 0 is O; then kind-major, part-minor.
pub fn label(kind: EntityKind, part: Part) -> usize {
    let k = EntityKind::ALL.iter().position(|&x| x == kind).unwrap_or(0);
    1 + k * 4
        + match part {
            Part::Begin => 0,
            Part::Inside => 1,
            Part::Last => 2,
            Part::Unit => 3,
        }
}

/// The kind and part of a label, or None for O.
pub fn parts(label: usize) -> Option<(EntityKind, Part)> {
    if label == 0 || label >= COUNT {
        return None;
    }
    let kind = EntityKind::ALL[(label - 1) / 4];
    let part = [Part::Begin, Part::Inside, Part::Last, Part::Unit][(label - 1) % 4];
    Some((kind, part))
}

/// Whether `next` may follow `prev` in a BILOU sequence.
pub fn allowed(prev: usize, next: usize) -> bool {
    let open = |l: usize| matches!(parts(l), Some((_, Part::Begin | Part::Inside)));
    match (parts(prev), parts(next)) {
        (Some((k, Part::Begin | Part::Inside)), Some((n, Part::Inside | Part::Last))) => k == n,
        _ if open(prev) => false,
        (_, Some((_, Part::Inside | Part::Last))) => false,
        _ => true,
    }
}

/// Labels for token spans: `spans` are (start, end, kind) over `n` tokens.
pub fn encode(n: usize, spans: &[(usize, usize, EntityKind)]) -> Vec<usize> {
    let mut labels = vec![0; n];
    for &(s, e, kind) in spans {
        if e - s == 1 {
            labels[s] = label(kind, Part::Unit);
        } else {
            labels[s] = label(kind, Part::Begin);
            for l in &mut labels[s + 1..e - 1] {
                *l = label(kind, Part::Inside);
            }
            labels[e - 1] = label(kind, Part::Last);
        }
    }
    labels
}

/// Token spans from labels (tolerant of broken sequences).
pub fn decode(labels: &[usize]) -> Vec<(usize, usize, EntityKind)> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, EntityKind)> = None;
    for (i, &l) in labels.iter().enumerate() {
        match parts(l) {
            Some((k, Part::Unit)) => {
                open = None;
                spans.push((i, i + 1, k));
            }
            Some((k, Part::Begin)) => open = Some((i, k)),
            Some((k, Part::Inside)) => {
                if open.is_none_or(|(_, o)| o != k) {
                    open = Some((i, k));
                }
            }
            Some((k, Part::Last)) => {
                let start = open.filter(|(_, o)| *o == k).map_or(i, |(s, _)| s);
                spans.push((start, i + 1, k));
                open = None;
            }
            None => open = None,
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encode_decode_round_trip_and_transitions() {
        let spans = vec![(0, 2, EntityKind::Person), (3, 4, EntityKind::Place)];
        let labels = encode(5, &spans);
        assert_eq!(decode(&labels), spans);
        let b = label(EntityKind::Person, Part::Begin);
        let l = label(EntityKind::Person, Part::Last);
        assert!(allowed(b, l));
        assert!(!allowed(b, 0));
        assert!(!allowed(0, l));
        assert!(allowed(l, label(EntityKind::Place, Part::Unit)));
    }
}
