from datetime import date

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from sxcounsel.core.errors import ValidationError
from sxcounsel.core.idcard import (
    id_birth_date,
    id_check_char,
    make_id_number,
    validate_id_number,
)

# A published GB 11643-1999 example: 11010519491231002X (check char X).
KNOWN = "11010519491231002X"
VALID = make_id_number("610424", date(2012, 5, 3), 123)
WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)

regions = st.from_regex(r"[1-8][0-9]{5}", fullmatch=True)
births = st.dates(min_value=date(1900, 1, 1), max_value=date.today())
seqs = st.integers(min_value=0, max_value=999)


def reference_check(body: str) -> str:
    """An independent restatement of ISO 7064 MOD 11-2: (12 - sum mod 11) mod 11, 10 -> X."""
    value = (12 - sum(int(c) * w for c, w in zip(body, WEIGHTS, strict=True)) % 11) % 11
    return "X" if value == 10 else str(value)


def reason_of(value: object, **kw: object) -> str:
    with pytest.raises(ValidationError) as info:
        validate_id_number(value, **kw)  # type: ignore[arg-type]
    assert info.value.facts["field"] == "身份证号"
    assert info.value.kind == "invalid"
    assert "身份证号" in info.value.message
    return str(info.value.facts["reason"])


def test_known_number_and_fields():
    assert validate_id_number(KNOWN) == KNOWN
    assert id_birth_date(KNOWN) == date(1949, 12, 31)
    assert validate_id_number(KNOWN.lower()) == KNOWN


def test_make_id_number_layout():
    assert VALID.startswith("61042420120503123")
    assert id_birth_date(VALID) == date(2012, 5, 3)


def test_normalizes_full_width_and_spaces():
    full = "".join(chr(ord(c) + 0xFEE0) for c in KNOWN)  # 全角 digits and Ｘ
    assert validate_id_number(f"\u3000 {full} ") == KNOWN
    assert validate_id_number(f"  {KNOWN[:-1]}ｘ\t") == KNOWN


@pytest.mark.parametrize(
    "value", ["6.10424E+17", "6.10424e+17", "6.10424201205031E+17", "6,10424E+17", "1.1E+17"]
)
def test_excel_scientific_notation_refused(value):
    with pytest.raises(ValidationError) as info:
        validate_id_number(value)
    assert info.value.facts["reason"] == "excel_number"
    assert "Excel" in info.value.message and "text" in info.value.message
    assert info.value.facts["value"] == value  # kept as given, never repaired


def test_excel_numbers_and_truncation_refused():
    assert reason_of(6.10424201205031e17) == "excel_number"
    assert reason_of(610424201205031000) == "excel_number"
    assert reason_of(VALID + ".0") == "excel_number"
    truncated = VALID[:15] + "000"  # Excel keeps 15 significant digits
    assert id_check_char(truncated[:17]) != "0"
    assert reason_of(truncated) == "excel_number"


def test_specific_reasons():
    assert reason_of("") == "empty"
    assert reason_of("   ") == "empty"
    assert reason_of(None) == "empty"
    assert reason_of(VALID[:-1]) == "length"
    assert reason_of(VALID + "1") == "length"
    assert reason_of("610424120503123") == "length"  # old 15-digit number
    assert reason_of(VALID[:10] + "-" + VALID[11:]) == "non_digit"
    assert reason_of(VALID[:9] + " " + VALID[9:]) == "non_digit"
    assert reason_of("X" + VALID[1:]) == "non_digit"
    bad_check = VALID[:17] + ("0" if VALID[17] != "0" else "1")
    assert reason_of(bad_check) == "checksum"


@pytest.mark.parametrize("ymd", ["20120230", "20121301", "20120000", "18991231", "20130229"])
def test_impossible_embedded_birth_date(ymd):
    body = "610424" + ymd + "123"
    assert reason_of(body + id_check_char(body)) == "birth_date"


def test_birth_date_in_future():
    future = make_id_number("610424", date(2030, 1, 1), 12)
    assert reason_of(future, today=date(2029, 12, 31)) == "future_birth"
    assert validate_id_number(future, today=date(2030, 1, 1)) == future


def test_birth_date_must_match_given_one():
    assert validate_id_number(VALID, birth_date=date(2012, 5, 3)) == VALID
    assert reason_of(VALID, birth_date=date(2012, 5, 4)) == "birth_mismatch"


def test_message_never_contains_the_number():
    for value in (VALID[:17] + "0", VALID[:-1], "6.10424E+17"):
        with pytest.raises(ValidationError) as info:
            validate_id_number(value)
        assert value not in info.value.message


def test_make_id_number_rejects_bad_arguments():
    with pytest.raises(ValueError):
        make_id_number("61042", date(2012, 5, 3), 1)
    with pytest.raises(ValueError):
        make_id_number("610424", date(2012, 5, 3), 1000)
    with pytest.raises(ValueError):
        id_check_char("１" * 17)


@given(regions, births, seqs)
def test_made_numbers_always_validate(region, birth, seq):
    number = make_id_number(region, birth, seq)
    assert validate_id_number(number, birth_date=birth) == number
    assert number[17] == reference_check(number[:17])
    assert id_birth_date(number) == birth


@given(regions, births, seqs, st.integers(0, 17), st.sampled_from("0123456789X"))
def test_single_character_change_is_detected(region, birth, seq, pos, new):
    number = make_id_number(region, birth, seq)
    assume(new != number[pos] and not (pos < 17 and new == "X"))
    changed = number[:pos] + new + number[pos + 1 :]
    # MOD 11-2 catches every single substitution: recomputing never gives the same check char.
    assert reference_check(changed[:17]) != changed[17]
    with pytest.raises(ValidationError):
        validate_id_number(changed)


@given(regions, births, seqs, st.integers(0, 15))
def test_adjacent_transposition_is_detected(region, birth, seq, pos):
    number = make_id_number(region, birth, seq)
    assume(number[pos] != number[pos + 1])
    swapped = number[:pos] + number[pos + 1] + number[pos] + number[pos + 2 :]
    assert reference_check(swapped[:17]) != swapped[17]
    with pytest.raises(ValidationError):
        validate_id_number(swapped)
