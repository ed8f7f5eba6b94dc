//! The log–log chart of one problem, drawn by hand as inline SVG: every
//! series is one `<path class="curve">` (the reference's also has class
//! `reference`), with a dot per measured level; the cost limit is a dashed
//! path of class `limit`.

use super::escape;
use effgauge_metrics::LevelPoint;
use std::fmt::Write;

/// Ten colours that stay apart on white, each with three line styles
/// (solid, dashed, dotted): 30 models before a style repeats, and lines
/// that still differ in a grey print.
const PALETTE: [&str; 10] = [
    "#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf", "#8c564b", "#e377c2",
    "#7f7f00", "#393b79",
];
const DASHES: [&str; 3] = ["", "7 3", "2 2"];

/// Colour and dash pattern of the `i`-th model.
pub(super) fn model_style(i: usize) -> (&'static str, &'static str) {
    (
        PALETTE[i % PALETTE.len()],
        DASHES[(i / PALETTE.len()) % DASHES.len()],
    )
}

const W: f64 = 460.0;
const H: f64 = 280.0;
const LEFT: f64 = 64.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 14.0;
const BOTTOM: f64 = 42.0;

/// One line of a chart: its label, points, colour and dash pattern.
#[derive(Clone)]
pub(super) struct Series<'a> {
    pub label: &'a str,
    pub points: Vec<LevelPoint>,
    pub color: &'static str,
    pub dash: &'static str,
}

/// Log-scale axis: `value → pixel` over `[lo, hi]` (log10 of the values).
struct Axis {
    lo: f64,
    hi: f64,
    from: f64,
    to: f64,
}

impl Axis {
    fn new(values: impl Iterator<Item = f64>, from: f64, to: f64) -> Axis {
        let logs: Vec<f64> = values.filter(|v| *v > 0.0).map(f64::log10).collect();
        let min = logs.iter().copied().fold(f64::INFINITY, f64::min);
        let max = logs.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let (min, max) = if min.is_finite() {
            (min, max)
        } else {
            (0.0, 1.0)
        };
        let pad = ((max - min) * 0.06).max(0.15);
        Axis {
            lo: min - pad,
            hi: max + pad,
            from,
            to,
        }
    }

    fn at(&self, value: f64) -> f64 {
        let t = (value.max(f64::MIN_POSITIVE).log10() - self.lo) / (self.hi - self.lo);
        self.from + t * (self.to - self.from)
    }

    /// Round values to label: powers of ten, with 2× and 5× when the axis
    /// spans less than three decades.
    fn ticks(&self) -> Vec<f64> {
        let steps: &[f64] = if self.hi - self.lo < 3.0 {
            &[1.0, 2.0, 5.0]
        } else {
            &[1.0]
        };
        let mut ticks = Vec::new();
        for decade in (self.lo.floor() as i32)..=(self.hi.ceil() as i32) {
            for m in steps {
                let v = m * 10f64.powi(decade);
                if (self.lo..=self.hi).contains(&v.log10()) {
                    ticks.push(v);
                }
            }
        }
        ticks
    }
}

/// The chart: axes fitted to every point (the limit's too), the limit,
/// the reference, then each model.
/// What a chart's vertical axis shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Quantity {
    /// A level's cost (the meter's unit).
    Cost,
    /// A level's peak live bytes.
    Memory,
}

impl Quantity {
    /// The axis label, and the word in a point's tooltip.
    fn label(self) -> &'static str {
        match self {
            Quantity::Cost => "cost",
            Quantity::Memory => "memory (bytes)",
        }
    }

    /// The svg's class, and a suffix of its title's id.
    fn class(self) -> &'static str {
        match self {
            Quantity::Cost => "curves",
            Quantity::Memory => "memory-curves",
        }
    }

    fn title(self) -> &'static str {
        match self {
            Quantity::Cost => "Cost",
            Quantity::Memory => "Peak memory",
        }
    }
}

pub(super) fn chart(
    index: usize,
    task_id: &str,
    (reference, limit): (&Series, &[LevelPoint]),
    models: &[&Series],
    quantity: Quantity,
    out: &mut String,
) {
    let all = || {
        reference
            .points
            .iter()
            .chain(limit)
            .chain(models.iter().flat_map(|s| &s.points))
    };
    let x = Axis::new(all().map(|q| q.size as f64), LEFT, W - RIGHT);
    let y = Axis::new(all().map(|q| q.cost), H - BOTTOM, TOP);
    let _ = write!(
        out,
        "<svg class=\"{class}\" role=\"img\" aria-labelledby=\"{class}-title-{index}\" viewBox=\"0 0 {W} {H}\" \
         width=\"{W}\" height=\"{H}\" xmlns=\"http://www.w3.org/2000/svg\">\
         <title id=\"{class}-title-{index}\">{} versus input size of {}, log–log: the reference and {} models; \
         the table beside gives the figures</title>",
        quantity.title(),
        escape(task_id),
        models.len(),
        class = quantity.class(),
    );
    axes(&x, &y, quantity, out);
    if let Some(last) = limit.last() {
        let _ = write!(
            out,
            "<path class=\"limit\" d=\"{}\"><title>cost limit</title></path>\
             <text class=\"limit-label\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">limit</text>",
            path_d(limit, &x, &y),
            x.at(last.size as f64),
            y.at(last.cost) - 5.0
        );
    }
    series(reference, "curve reference", (&x, &y), quantity, out);
    for s in models {
        series(s, "curve", (&x, &y), quantity, out);
    }
    out.push_str("</svg>");
}

fn axes(x: &Axis, y: &Axis, quantity: Quantity, out: &mut String) {
    for t in x.ticks() {
        let px = x.at(t);
        let _ = write!(
            out,
            "<line class=\"grid\" x1=\"{px:.1}\" y1=\"{TOP}\" x2=\"{px:.1}\" y2=\"{:.1}\"/>\
             <text class=\"tick\" x=\"{px:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            H - BOTTOM,
            H - BOTTOM + 14.0,
            si(t)
        );
    }
    for t in y.ticks() {
        let py = y.at(t);
        let _ = write!(
            out,
            "<line class=\"grid\" x1=\"{LEFT}\" y1=\"{py:.1}\" x2=\"{:.1}\" y2=\"{py:.1}\"/>\
             <text class=\"tick\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text>",
            W - RIGHT,
            LEFT - 5.0,
            py + 4.0,
            si(t)
        );
    }
    let _ = write!(
        out,
        "<rect class=\"frame\" x=\"{LEFT}\" y=\"{TOP}\" width=\"{:.1}\" height=\"{:.1}\"/>\
         <text class=\"axis\" x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">input size n</text>\
         <text class=\"axis\" transform=\"translate(14,{:.1}) rotate(-90)\" text-anchor=\"middle\">{}</text>",
        W - LEFT - RIGHT,
        H - TOP - BOTTOM,
        (LEFT + W - RIGHT) / 2.0,
        H - 6.0,
        (TOP + H - BOTTOM) / 2.0,
        quantity.label()
    );
}

/// One series: its path (class `curve`), a dot per measured level and, for
/// a stopped sample, the dotted last segment and a triangle at the floor.
fn series(s: &Series, class: &str, (x, y): (&Axis, &Axis), quantity: Quantity, out: &mut String) {
    let (color, dash) = (s.color, s.dash);
    let (measured, floor): (Vec<LevelPoint>, Vec<LevelPoint>) =
        s.points.iter().partition(|q| !q.at_least);
    let dash_attr = if dash.is_empty() {
        String::new()
    } else {
        format!(" stroke-dasharray=\"{dash}\"")
    };
    let _ = write!(
        out,
        "<path class=\"{class}\" data-model=\"{}\" d=\"{}\" stroke=\"{color}\"{dash_attr}><title>{}</title></path>",
        escape(s.label),
        path_d(&measured, x, y),
        escape(s.label)
    );
    for q in &measured {
        let _ = write!(
            out,
            "<circle class=\"pt\" cx=\"{:.1}\" cy=\"{:.1}\" r=\"3\" fill=\"{color}\"><title>{}: level {}, n = {}, {} {}</title></circle>",
            x.at(q.size as f64),
            y.at(q.cost),
            escape(s.label),
            q.level,
            q.size,
            quantity.label(),
            si(q.cost)
        );
    }
    if let Some(f) = floor.first() {
        floor_mark(s, measured.last(), f, x, y, out);
    }
}

/// Where a sample was stopped: a triangle at the limit (it cost at least
/// that), joined to its last measured level by a dotted segment.
fn floor_mark(
    s: &Series,
    last: Option<&LevelPoint>,
    f: &LevelPoint,
    x: &Axis,
    y: &Axis,
    out: &mut String,
) {
    if let Some(last) = last {
        let _ = write!(
            out,
            "<path class=\"floor\" d=\"{}\" stroke=\"{}\"/>",
            path_d(&[*last, *f], x, y),
            s.color
        );
    }
    let (fx, fy) = (x.at(f.size as f64), y.at(f.cost));
    let _ = write!(
        out,
        "<path class=\"floor-mark\" data-model=\"{label}\" d=\"M{fx:.1},{:.1}L{:.1},{:.1}L{:.1},{:.1}Z\" fill=\"{}\">\
         <title>{label}: stopped at level {} (n = {}), cost at least {}</title></path>",
        fy - 6.0,
        fx - 5.0,
        fy + 3.0,
        fx + 5.0,
        fy + 3.0,
        s.color,
        f.level,
        f.size,
        si(f.cost),
        label = escape(s.label),
    );
}

fn path_d(points: &[LevelPoint], x: &Axis, y: &Axis) -> String {
    let mut d = String::new();
    for (i, q) in points.iter().enumerate() {
        let _ = write!(
            d,
            "{}{:.1},{:.1}",
            if i == 0 { 'M' } else { 'L' },
            x.at(q.size as f64),
            y.at(q.cost)
        );
    }
    d
}

/// `2k`, `30M`, `1.5G`: tick and tooltip numbers.
pub(super) fn si(v: f64) -> String {
    const UNITS: [(f64, &str); 5] = [(1e15, "P"), (1e12, "T"), (1e9, "G"), (1e6, "M"), (1e3, "k")];
    for (scale, unit) in UNITS {
        if v >= scale {
            let x = v / scale;
            return if x >= 10.0 || x.fract() == 0.0 {
                format!("{x:.0}{unit}")
            } else {
                format!("{x:.1}{unit}")
            };
        }
    }
    format!("{v:.0}")
}
