#!/usr/bin/env python3
"""Writes N fictitious monthly payment overviews (betaalspecificatie) as NDJSON,
one household per line, for `eigentaal batch betaalspecificatie`: a month's
run of a municipality. Amounts vary per case and always add up (direct
payments never exceed the bijstand), languages rotate over nl, ar, ti, uk, en.

    python3 bench/betaalspecificatie_cases.py 10000 > cases.ndjson
"""
import json
import random
import sys

NORMS = {"single": 1423.84, "single-parent": 1423.84, "couple": 2034.06}
LANGS = ["nl", "ar", "ti", "uk", "en"]
NAMES = [("Tesfay", "Gebremedhin"), ("Yousef", "Al-Hamwi"), ("Rana", "Haddad"),
         ("Oksana", "Kovalenko"), ("Senait", "Tekle"), ("Omar", "Khalil")]


def cents(c):
    return round(c / 100, 2)


def case(i, rng):
    household = rng.choice(list(NORMS))
    norm = round(NORMS[household] * 100)
    holiday = round(norm * 0.05)
    deductions = []
    if rng.random() < 0.3:
        deductions.append({"code": "income-work", "amount": cents(rng.randint(1000, 40000))})
    if rng.random() < 0.2:
        deductions.append({"code": "recovery", "amount": cents(rng.randint(1000, 6000))})
    available = norm - holiday - sum(round(d["amount"] * 100) for d in deductions)
    payments = []
    budget = available
    for kind, payee, low, high in [("rent", "Woonstichting Voorbeeldstad", 40000, 80000),
                                   ("energy", "Energie Voorbeeld B.V.", 6000, 18000),
                                   ("health-insurance", "Zorgverzekeraar Voorbeeld", 14000, 32000)]:
        amount = min(rng.randint(low, high), budget)
        if amount <= 0 or rng.random() < 0.2:
            continue
        budget -= amount
        payments.append({"kind": kind, "payee": payee, "payee_reference": f"{kind[:3].upper()}-{i:06d}",
                         "amount": cents(amount), "paid_on": "2026-11-23"})
    first, family = NAMES[i % len(NAMES)]
    data = {
        "id": f"BSP-2026-11-{i:06d}",
        "lang": LANGS[i % len(LANGS)],
        "reference": f"BSP-2026-11-{i:06d}",
        "letter_date": "2026-11-20",
        "recipient": {"name": f"{first} {family}", "family_name": family, "form": "neutral",
                      "address": [f"Populierenweg {i % 300 + 1}", "1234 JK Voorbeeldstad"]},
        "staff": {"name": "Joost Visser", "role": "werkconsulent", "phone": "14 0123"},
        "month": "2026-11",
        "payment_date": "2026-11-25",
        "household": household,
        "norm": cents(norm),
        "holiday_allowance": {"this_month": cents(holiday), "saved": cents(holiday * 6), "paid_in": "2027-05"},
        "deductions": deductions,
        "direct_payments": payments,
    }
    if i % 4 == 0:
        data["changes"] = []
    return data


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    rng = random.Random(15)
    out = sys.stdout
    for i in range(n):
        out.write(json.dumps(case(i, rng), ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
