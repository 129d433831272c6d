#!/usr/bin/env python3
"""Check the bundled checklist templates and the example assessments against the rules of
/work/gender-spec.md ("Issue 6 design"): template validation, assessment validation, migrations,
and a few content rules of our own (70 Bangkok items, full es/fr coverage of the self-assessment).

This is a development aid that mirrors the spec; the C# loader (ChecklistTemplate) is the authority.
Usage: python3 tools/check-checklists.py [--verbose]
Exit code 0 when clean, 1 when any problem is found.
"""
import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKS = ROOT / "src" / "Inl.Justice.Sdk" / "Packs"
EXAMPLES = ROOT / "docs" / "examples"
VERBOSE = "--verbose" in sys.argv

TEMPLATE_FILES = [
    "un-bangkok-rules-checklist.json",
    "inl-programme-gender-design-checklist.json",
    "inl-institution-gender-self-assessment-1.0.0.json",
    "inl-institution-gender-self-assessment.json",
]
ASSESSMENT_FILES = [
    "bangkok-assessment.json",
    "self-assessment-2025.json",
    "self-assessment-2026.json",
    "programme-design.json",
]
# languages whose translation must be complete (our own content rule, not the spec's)
FULL_COVERAGE = {"inl-institution-gender-self-assessment": ["es", "fr"]}

ID_RE = re.compile(r"^[A-Za-z0-9._-]+$")
HEADER_ID_RE = re.compile(r"^[a-z0-9._-]{3,80}$")
LANG_RE = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]+)*$")
SEMVER_RE = re.compile(r"^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
JURISDICTION_RE = re.compile(r"^([A-Z]{2}(-[A-Z0-9]{1,3})?|UN|EU|COE|OAS|AU|XX)$")
PILLARS = {"Policing", "Justice", "Corrections", "CrossCutting"}
IMPORTANCE = {"Critical": 0, "High": 1, "Medium": 2, "Low": 3}
MARKERS = {"MinimumCriterion", "SignificantObjective", "PrincipalObjective"}
VERIFICATION = {"Primary", "Secondary", "Unverified"}
CHANGE_KINDS = {"Renamed", "Split", "Merged", "Removed"}

problems = []


def problem(file, path, msg):
    problems.append(f"{file}: {path}: {msg}")


def semver_key(v):
    m = SEMVER_RE.match(v or "")
    if not m:
        return None
    return (int(m.group(1)), int(m.group(2)), int(m.group(3)), m.group(4) is None, m.group(4) or "")


def is_number(x):
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


class Template:
    def __init__(self, file, doc):
        self.file = file
        self.doc = doc
        h = doc.get("header", {})
        self.id = h.get("id")
        self.version = h.get("version")
        self.key = f"{self.id}@{self.version}"
        self.default_language = doc.get("defaultLanguage")
        self.languages = doc.get("languages", [])
        self.scales = {s.get("id"): s for s in doc.get("answerScales", []) if isinstance(s, dict)}
        self.default_scale = doc.get("defaultScale")
        self.default_target = doc.get("defaultTarget", 1.0)
        self.items = {}        # id -> item
        self.item_section = {}  # id -> section id
        self.order = []
        for s in doc.get("sections", []):
            for it in s.get("items", []):
                iid = it.get("id")
                if iid not in self.items:
                    self.items[iid] = it
                    self.item_section[iid] = s.get("id")
                    self.order.append(iid)

    def scale_of(self, iid):
        return self.scales.get(self.items[iid].get("scale", self.default_scale))

    def answer_values(self, iid):
        sc = self.scale_of(iid) or {}
        vals = {o.get("value"): o.get("fraction") for o in sc.get("options", [])}
        na = (sc.get("notApplicable") or {}).get("value")
        return vals, na

    def target(self, iid):
        return self.items[iid].get("target", self.default_target)

    def weight(self, iid):
        return self.items[iid].get("weight", 1)

    def required(self, iid):
        return self.items[iid].get("required", True)


# ---------------------------------------------------------------- template checks

def localized_texts(t):
    """Yield (json path, LocalizedText) for every localizable text of a template."""
    d = t.doc
    yield "$.name", d.get("name")
    for i, sc in enumerate(d.get("answerScales", [])):
        for j, o in enumerate(sc.get("options", [])):
            yield f"$.answerScales[{i}].options[{j}].label", o.get("label")
        if "notApplicable" in sc:
            yield f"$.answerScales[{i}].notApplicable.label", sc["notApplicable"].get("label")
    for i, s in enumerate(d.get("sections", [])):
        yield f"$.sections[{i}].title", s.get("title")
        if "theme" in s:
            yield f"$.sections[{i}].theme", s.get("theme")
        for j, it in enumerate(s.get("items", [])):
            yield f"$.sections[{i}].items[{j}].text", it.get("text")
            if "guidance" in it:
                yield f"$.sections[{i}].items[{j}].guidance", it.get("guidance")


def check_template(t):
    f, d = t.file, t.doc
    h = d.get("header")
    if not isinstance(h, dict):
        problem(f, "$.header", "missing header")
        return
    for k in ("id", "kind", "version", "jurisdiction", "title", "effectiveFrom", "sources", "notes"):
        if k not in h:
            problem(f, f"$.header.{k}", "missing")
    if h.get("kind") != "checklist-template":
        problem(f, "$.header.kind", f"expected 'checklist-template', got {h.get('kind')!r}")
    if not HEADER_ID_RE.match(h.get("id") or ""):
        problem(f, "$.header.id", "not [a-z0-9._-]{3,80}")
    if semver_key(h.get("version")) is None:
        problem(f, "$.header.version", "not SemVer")
    if not JURISDICTION_RE.match(h.get("jurisdiction") or ""):
        problem(f, "$.header.jurisdiction", f"unknown code {h.get('jurisdiction')!r}")
    if not DATE_RE.match(h.get("effectiveFrom") or ""):
        problem(f, "$.header.effectiveFrom", "not yyyy-mm-dd")
    source_ids = set()
    for i, s in enumerate(h.get("sources", [])):
        if not s.get("id") or not s.get("title"):
            problem(f, f"$.header.sources[{i}]", "source needs id and title")
        if s.get("id") in source_ids:
            problem(f, f"$.header.sources[{i}].id", "duplicate source id")
        source_ids.add(s.get("id"))
    if not h.get("notes"):
        problem(f, "$.header.notes", "notes must say what is unverified")

    # languages
    dl = t.default_language
    if not isinstance(dl, str) or not LANG_RE.match(dl):
        problem(f, "$.defaultLanguage", "missing or not a language tag")
    langs = t.languages
    if not langs or langs[0] != dl:
        problem(f, "$.languages", "must list the default language first")
    if len(set(langs)) != len(langs):
        problem(f, "$.languages", "duplicate language")
    for i, l in enumerate(langs):
        if not LANG_RE.match(l):
            problem(f, f"$.languages[{i}]", f"bad language tag {l!r}")
    total, translated, missing = 0, {l: 0 for l in langs}, {l: [] for l in langs}
    for path, text in localized_texts(t):
        if not isinstance(text, dict):
            problem(f, path, "LocalizedText missing")
            continue
        for tag, val in text.items():
            if not LANG_RE.match(tag):
                problem(f, f"{path}.{tag}", "bad language tag")
            elif tag not in langs:
                problem(f, f"{path}.{tag}", "language not declared in $.languages")
            if not isinstance(val, str) or not val.strip():
                problem(f, f"{path}.{tag}", "empty text")
        if not (isinstance(text.get(dl), str) and text.get(dl).strip()):
            problem(f, path, f"default language '{dl}' missing")
        total += 1
        for l in langs:
            if isinstance(text.get(l), str) and text.get(l).strip():
                translated[l] += 1
            else:
                missing[l].append(path)
    coverage = {l: (translated[l], total) for l in langs}
    for l in FULL_COVERAGE.get(t.id, []):
        if l not in langs:
            problem(f, "$.languages", f"must include {l}")
        elif missing[l]:
            problem(f, missing[l][0], f"{len(missing[l])} text(s) missing in {l} (full coverage required)")

    # scales
    sc = d.get("scoreScale", {})
    if not (is_number(sc.get("min")) and is_number(sc.get("max")) and sc["min"] < sc["max"]):
        problem(f, "$.scoreScale", "needs numeric min < max")
    seen_scales = set()
    for i, s in enumerate(d.get("answerScales", [])):
        sid = s.get("id")
        if sid in seen_scales:
            problem(f, f"$.answerScales[{i}].id", "duplicate scale id")
        seen_scales.add(sid)
        values = set()
        if not s.get("options"):
            problem(f, f"$.answerScales[{i}].options", "no options")
        for j, o in enumerate(s.get("options", [])):
            v = o.get("value")
            if not isinstance(v, str) or not v:
                problem(f, f"$.answerScales[{i}].options[{j}].value", "missing")
            if v in values:
                problem(f, f"$.answerScales[{i}].options[{j}].value", f"duplicate value {v!r}")
            values.add(v)
            fr = o.get("fraction")
            if not is_number(fr) or not (0 <= fr <= 1):
                problem(f, f"$.answerScales[{i}].options[{j}].fraction", f"{fr!r} not in [0,1]")
        na = s.get("notApplicable")
        if na is not None and na.get("value") in values:
            problem(f, f"$.answerScales[{i}].notApplicable.value", "clashes with an option value")
    if t.default_scale not in t.scales:
        problem(f, "$.defaultScale", f"unknown scale {t.default_scale!r}")
    if not is_number(t.default_target) or not (0 <= t.default_target <= 1):
        problem(f, "$.defaultTarget", "not in [0,1]")

    # sections and items
    sec_ids, item_ids = set(), set()
    for i, s in enumerate(d.get("sections", [])):
        p = f"$.sections[{i}]"
        if not ID_RE.match(s.get("id") or ""):
            problem(f, f"{p}.id", "bad id")
        if s.get("id") in sec_ids:
            problem(f, f"{p}.id", f"duplicate section id {s.get('id')!r}")
        sec_ids.add(s.get("id"))
        if s.get("pillar") not in PILLARS:
            problem(f, f"{p}.pillar", f"unknown pillar {s.get('pillar')!r}")
        if not s.get("items"):
            problem(f, f"{p}.items", "empty section")
        for j, it in enumerate(s.get("items", [])):
            q = f"{p}.items[{j}]"
            iid = it.get("id")
            if not isinstance(iid, str) or not ID_RE.match(iid):
                problem(f, f"{q}.id", f"bad id {iid!r}")
            if iid in item_ids:
                problem(f, f"{q}.id", f"duplicate item id {iid!r}")
            item_ids.add(iid)
            c = it.get("citation")
            if not isinstance(c, dict):
                problem(f, f"{q}.citation", "missing")
            else:
                if not c.get("provision"):
                    problem(f, f"{q}.citation.provision", "missing")
                if c.get("verification") not in VERIFICATION:
                    problem(f, f"{q}.citation.verification", f"{c.get('verification')!r}")
                if c.get("source") not in source_ids:
                    problem(f, f"{q}.citation.source", f"{c.get('source')!r} is not in header.sources")
            w = it.get("weight", 1)
            if not is_number(w) or w <= 0:
                problem(f, f"{q}.weight", "must be > 0")
            if it.get("importance") not in IMPORTANCE:
                problem(f, f"{q}.importance", f"{it.get('importance')!r}")
            if "scale" in it and it["scale"] not in t.scales:
                problem(f, f"{q}.scale", f"unknown scale {it['scale']!r}")
            if "required" in it and not isinstance(it["required"], bool):
                problem(f, f"{q}.required", "not a boolean")
            tg = it.get("target", t.default_target)
            if not is_number(tg) or not (0 <= tg <= 1):
                problem(f, f"{q}.target", "not in [0,1]")
            if "marker" in it and it["marker"] not in MARKERS:
                problem(f, f"{q}.marker", f"{it['marker']!r}")

    # appliesWhen
    for i, s in enumerate(d.get("sections", [])):
        for j, it in enumerate(s.get("items", [])):
            aw = it.get("appliesWhen")
            if aw is None:
                continue
            q = f"$.sections[{i}].items[{j}].appliesWhen"
            ref = aw.get("item")
            if ref not in t.items:
                problem(f, f"{q}.item", f"unknown item {ref!r}")
                continue
            if ref == it.get("id"):
                problem(f, f"{q}.item", "refers to itself")
            vals, na = t.answer_values(ref)
            if not aw.get("answerIn"):
                problem(f, f"{q}.answerIn", "empty")
            for k, v in enumerate(aw.get("answerIn", [])):
                if v not in vals:
                    problem(f, f"{q}.answerIn[{k}]", f"{v!r} is not an answer of {ref}'s scale")
    for iid in t.items:  # cycles
        seen, cur = set(), iid
        while cur in t.items and "appliesWhen" in t.items[cur]:
            if cur in seen:
                problem(f, f"item {iid}", "appliesWhen dependency cycle")
                break
            seen.add(cur)
            cur = t.items[cur]["appliesWhen"].get("item")

    # marker roles
    roles = {it.get("marker") for it in t.items.values() if "marker" in it}
    if roles and not {"MinimumCriterion", "SignificantObjective", "PrincipalObjective"} <= roles:
        problem(f, "$.sections", "a marker template needs MinimumCriterion, SignificantObjective and PrincipalObjective items")
    return coverage


def check_migrations(t, by_key):
    f = t.file
    for i, m in enumerate(t.doc.get("migrations", [])):
        p = f"$.migrations[{i}]"
        frm = m.get("from")
        if semver_key(frm) is None or semver_key(t.version) is None or not semver_key(frm) < semver_key(t.version):
            problem(f, f"{p}.from", f"{frm!r} must be a version lower than {t.version}")
            continue
        old = by_key.get(f"{t.id}@{frm}")
        kinds, mapped_old = set(), set()
        for j, c in enumerate(m.get("changes", [])):
            q = f"{p}.changes[{j}]"
            k = c.get("kind")
            kinds.add(k)
            if k not in CHANGE_KINDS:
                problem(f, f"{q}.kind", f"{k!r}")
                continue
            fr, to = c.get("from", []), c.get("to", [])
            shape = {"Renamed": (len(fr) == 1 and len(to) == 1), "Split": (len(fr) == 1 and len(to) >= 2),
                     "Merged": (len(fr) >= 2 and len(to) == 1), "Removed": (len(fr) >= 1 and not to)}[k]
            if not shape:
                problem(f, q, f"{k} has the wrong number of from/to ids")
            if k == "Removed" and not c.get("reason"):
                problem(f, f"{q}.reason", "Removed needs a reason")
            for n, x in enumerate(to):
                if x not in t.items:
                    problem(f, f"{q}.to[{n}]", f"{x!r} is not an item of {t.key}")
            for n, x in enumerate(fr):
                if old is not None and x not in old.items:
                    problem(f, f"{q}.from[{n}]", f"{x!r} is not an item of {t.id}@{frm}")
                if x in mapped_old:
                    problem(f, f"{q}.from[{n}]", f"{x!r} mapped twice")
                mapped_old.add(x)
        if t.id == "inl-institution-gender-self-assessment" and not CHANGE_KINDS <= kinds:
            problem(f, p, f"must use every change kind, missing {sorted(CHANGE_KINDS - kinds)}")
        if old is not None:
            for x in old.order:  # nothing lost silently
                if x not in mapped_old and x not in t.items:
                    problem(f, p, f"old item {x} is neither kept nor mapped (would be Unmapped)")


def check_bangkok(t):
    f = t.file
    want = [f"BR-{n}" for n in range(1, 71)]
    br = [i for i in t.order if re.match(r"^BR-\d+[a-z]?$", i)]
    nums = sorted({int(re.match(r"^BR-(\d+)", i).group(1)) for i in br})
    if nums != list(range(1, 71)):
        problem(f, "$.sections", f"Bangkok items must cover rules 1-70 exactly, got {len(nums)}")
    for w in want:
        if w not in t.items:
            problem(f, "$.sections", f"missing {w}")
    notes = " ".join(t.doc["header"].get("notes", []))
    counts = {"Primary": 0, "Secondary": 0, "Unverified": 0}
    for w in want:
        it = t.items.get(w)
        if not it:
            continue
        n = int(w[3:])
        if it["citation"].get("provision") != f"Bangkok Rules, rule {n}":
            problem(f, f"item {w}", "provision must read 'Bangkok Rules, rule N'")
        counts[it["citation"]["verification"]] += 1
    if "Unverified" not in notes:
        problem(f, "$.header.notes", "must say which rules are unverified")
    m = re.search(r"Unverified \(rules ([^)]*)\)", notes)
    listed = set()
    if m:
        for part in m.group(1).split(","):
            a, _, b = part.strip().partition("-")
            listed.update(range(int(a), int(b or a) + 1))
    actual = {int(w[3:]) for w in want if w in t.items and t.items[w]["citation"]["verification"] == "Unverified"}
    if listed != actual:
        problem(f, "$.header.notes", f"unverified rules in notes {sorted(listed ^ actual)} disagree with the citations")
    return counts


# ---------------------------------------------------------------- assessments

def fraction(t, iid, answer):
    vals, na = t.answer_values(iid)
    return vals.get(answer)


def applies(t, answers, iid, depth=0):
    aw = t.items[iid].get("appliesWhen")
    if aw is None:
        return True, None
    ref = aw["item"]
    if depth > 50 or not applies(t, answers, ref, depth + 1)[0]:
        return False, f"{ref} does not apply"
    a = answers.get(ref)
    if a is None:
        return False, f"{ref} is unanswered"
    if a not in aw["answerIn"]:
        return False, f"{ref} is {a!r}"
    return True, None


def check_assessment(file, doc, by_key):
    f = file
    for k in ("template", "id", "institution", "respondent", "date", "language", "responses"):
        if k not in doc:
            problem(f, f"$.{k}", "missing")
    key = doc.get("template", "")
    t = by_key.get(key)
    if t is None:
        problem(f, "$.template", f"no template {key!r} (must be pinned id@version)")
        return None
    if not DATE_RE.match(doc.get("date", "")):
        problem(f, "$.date", "not yyyy-mm-dd")
    if not LANG_RE.match(doc.get("language", "")):
        problem(f, "$.language", "bad language tag")
    elif doc["language"].split("-")[0] not in t.languages:
        problem(f, "$.language", f"template {key} has no {doc['language']} texts (falls back to {t.default_language})")
    answers = {}
    for i, r in enumerate(doc.get("responses", [])):
        p = f"$.responses[{i}]"
        iid, a = r.get("item"), r.get("answer")
        if iid not in t.items:
            problem(f, f"{p}.item", f"unknown item {iid!r}")
            continue
        if iid in answers:
            problem(f, f"{p}.item", f"duplicate item {iid}")
            continue
        vals, na = t.answer_values(iid)
        if a not in vals and not (na is not None and a == na):
            problem(f, f"{p}.answer", f"{a!r} is not an answer of {iid}'s scale" + (" (n/a not allowed)" if a == "n/a" else ""))
        for k, ref in enumerate(r.get("references", [])):
            if not isinstance(ref, str):
                problem(f, f"{p}.references[{k}]", "not a string")
        answers[iid] = a
    for i, r in enumerate(doc.get("responses", [])):
        iid = r.get("item")
        if iid in t.items:
            ok, why = applies(t, answers, iid)
            if not ok:
                problem(f, f"$.responses[{i}]", f"{iid} was answered but does not apply because {why}")
    for iid in t.order:
        if t.required(iid) and iid not in answers and applies(t, answers, iid)[0]:
            problem(f, "$.responses", f"required applicable item {iid} is unanswered")
    return t, answers


# ---------------------------------------------------------------- scoring (mirrors the spec's models)

def scored(t, answers):
    out = []
    for iid in t.order:
        if iid in answers and applies(t, answers, iid)[0]:
            fr = fraction(t, iid, answers[iid])
            if fr is not None:
                out.append((iid, fr))
    return out


def tri_state(t, answers, partial=0.5):
    met = partly = not_met = 0
    for _, fr in scored(t, answers):
        if fr == 1:
            met += 1
        elif fr == 0:
            not_met += 1
        else:
            partly += 1
    n = met + partly + not_met
    return None if n == 0 else 100 * (met + partial * partly) / n


def weighted(t, answers, items=None):
    s = [(i, fr) for i, fr in scored(t, answers) if items is None or i in items]
    wsum = sum(t.weight(i) for i, _ in s)
    if wsum == 0:
        return None
    lo, hi = t.doc["scoreScale"]["min"], t.doc["scoreScale"]["max"]
    v = lo + (hi - lo) * sum(t.weight(i) * fr for i, fr in s) / wsum
    return min(max(v, lo), hi)


def maturity(t, answers, items=None):
    s = [(i, fr) for i, fr in scored(t, answers) if items is None or i in items]
    wsum = sum(t.weight(i) for i, _ in s)
    return None if wsum == 0 else math.floor(5 * sum(t.weight(i) * fr for i, fr in s) / wsum + 1e-9)


def oecd_marker(t, answers):
    reasons = []
    for iid, it in t.items.items():
        if it.get("marker") == "MinimumCriterion" and fraction(t, iid, answers.get(iid)) != 1:
            reasons.append(f"{iid} not met")
    if reasons:
        return 0, reasons
    if any(it.get("marker") == "PrincipalObjective" and fraction(t, i, answers.get(i)) == 1 for i, it in t.items.items()):
        return 2, []
    if any(it.get("marker") in ("SignificantObjective", "PrincipalObjective") and fraction(t, i, answers.get(i)) == 1
           for i, it in t.items.items()):
        return 1, []
    return 0, ["no SignificantObjective or PrincipalObjective item met"]


def gaps(t, answers):
    g = []
    for iid in t.order:
        if not applies(t, answers, iid)[0]:
            continue
        fr = fraction(t, iid, answers.get(iid)) if iid in answers else None
        if iid not in answers:
            if t.required(iid):
                g.append(iid)
        elif fr is not None and fr < t.target(iid):
            g.append(iid)
    return g


def migrate(old_t, new_t, answers):
    """Map answers of old_t onto new_t with new_t's migration from old_t.version. Returns (answers, notes)."""
    mig = next((m for m in new_t.doc.get("migrations", []) if m.get("from") == old_t.version), None)
    if mig is None:
        raise ValueError(f"no migration {old_t.key} -> {new_t.key}")
    out, notes, handled = {}, [], set()
    for c in mig["changes"]:
        k = c["kind"]
        present = [x for x in c["from"] if x in answers]
        handled.update(c["from"])
        if not present:
            continue
        if k == "Renamed" or k == "Split":
            for to in c["to"]:
                out[to] = answers[c["from"][0]]
            notes.append(f"{k}: {c['from']} -> {c['to']}")
        elif k == "Merged":
            fracs = [(fraction(old_t, x, answers[x]), answers[x]) for x in present]
            nums = [fa for fa in fracs if fa[0] is not None]
            out[c["to"][0]] = min(nums)[1] if nums else fracs[0][1]
            notes.append(f"Merged: {present} -> {c['to']} (lowest fraction wins)")
        elif k == "Removed":
            notes.append(f"Removed: {present} ({c.get('reason')})")
    for x, a in answers.items():
        if x in handled:
            continue
        if x in new_t.items:
            out[x] = a
        else:
            notes.append(f"Unmapped: {x}")
    return out, notes


# ---------------------------------------------------------------- main

def load(path):
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except Exception as e:  # noqa: BLE001
        problem(path.name, "$", f"cannot read JSON: {e}")
        return None


def main():
    templates, by_key = [], {}
    for name in TEMPLATE_FILES:
        doc = load(PACKS / name)
        if doc is None:
            continue
        t = Template(name, doc)
        if t.key in by_key:
            problem(name, "$.header", f"{t.key} defined twice")
        by_key[t.key] = t
        templates.append(t)
    for t in templates:
        cov = check_template(t)
        check_migrations(t, by_key)
        print(f"{t.key}: {len(t.doc.get('sections', []))} sections, {len(t.items)} items; coverage "
              + ", ".join(f"{l} {a}/{b}" for l, (a, b) in (cov or {}).items()))
        if t.id == "un-bangkok-rules-checklist":
            c = check_bangkok(t)
            print(f"  Bangkok rule citations: {c['Primary']} Primary, {c['Secondary']} Secondary, {c['Unverified']} Unverified")
        v = {"Primary": 0, "Secondary": 0, "Unverified": 0}
        for it in t.items.values():
            v[it["citation"]["verification"]] += 1
        print(f"  all item citations: {v}")

    results = {}
    for name in ASSESSMENT_FILES:
        doc = load(EXAMPLES / name)
        if doc is None:
            continue
        r = check_assessment(name, doc, by_key)
        if r is None:
            continue
        t, answers = r
        results[name] = (t, answers)
        tri, ws, mat = tri_state(t, answers), weighted(t, answers), maturity(t, answers)
        na = sum(1 for iid, a in answers.items() if a == (t.answer_values(iid)[1]))
        print(f"{name} -> {t.key}: {len(answers)} answers ({na} n/a); tri-state {tri:.1f}%, weighted {ws:.1f}, "
              f"maturity stage {mat}; {len(gaps(t, answers))} gaps")
        if any("marker" in it for it in t.items.values()):
            m, why = oecd_marker(t, answers)
            print(f"  OECD-DAC marker {m} {why}")
            if name == "programme-design.json" and m != 1:
                problem(name, "$", f"expected OECD-DAC marker 1, got {m}: {why}")

    # the self-assessment pair: migrate 2025 (1.0.0) to 1.1.0 and compare
    if "self-assessment-2025.json" in results and "self-assessment-2026.json" in results:
        (t0, a0), (t1, a1) = results["self-assessment-2025.json"], results["self-assessment-2026.json"]
        if t0.version != "1.0.0" or t1.version != "1.1.0":
            problem("self-assessment-202x.json", "$.template", "must be pinned to 1.0.0 and 1.1.0")
        else:
            m0, notes = migrate(t0, t1, a0)
            for n in notes:
                if VERBOSE:
                    print("  migration:", n)
            kinds = {n.split(":")[0] for n in notes}
            if not {"Renamed", "Split", "Merged", "Removed"} <= kinds:
                problem("self-assessment-2025.json", "$", f"migration exercised only {sorted(kinds)}")
            if "Unmapped" in kinds:
                problem("self-assessment-2025.json", "$", "migration left unmapped answers")
            improved, regressed = [], []
            for iid in t1.order:
                if iid in m0 and iid in a1:
                    f0, f1 = fraction(t1, iid, m0[iid]), fraction(t1, iid, a1[iid])
                    if f0 is not None and f1 is not None:
                        (improved if f1 > f0 else regressed if f1 < f0 else []).append(iid)
            print(f"self-assessment 2025 -> 2026 (after migration): improved {improved}, regressed {regressed}; "
                  f"weighted {weighted(t1, m0):.1f} -> {weighted(t1, a1):.1f}")
            if not improved or not regressed:
                problem("self-assessment-2026.json", "$", "should show improvement in some items and regression in one")

    if problems:
        print(f"\n{len(problems)} problem(s):")
        for p in problems:
            print("  " + p)
        return 1
    print("\nclean")
    return 0


if __name__ == "__main__":
    sys.exit(main())
