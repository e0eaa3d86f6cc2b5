import pytest
from hypothesis import given
from hypothesis import strategies as st

from sxcounsel.core.errors import ValidationError
from sxcounsel.core.passphrase import (
    COMMON,
    WeakPassphraseError,
    check_passphrase,
    is_common,
    passphrase_strength,
)

MESSAGE = (
    "The passphrase must be at least 8 characters long and use at least 3 of: "
    "lowercase letters, uppercase letters, digits, symbols."
)


@pytest.mark.parametrize(
    "p",
    ["Abcdefg1", "abcdefg1!", "ABCDEFG1!", "Abcdefg!", "心理辅导室Ab1", "辅导abcd12", "Ab1 abcd"],
)
def test_accepted(p):
    check_passphrase(p)


@pytest.mark.parametrize(
    ("p", "reason", "length", "classes"),
    [
        ("", "too_short", 0, 0),
        ("Ab1!", "too_short", 4, 4),
        ("Abc12!x", "too_short", 7, 4),
        ("abcdefgh", "too_few_classes", 8, 1),
        ("abcdefg1", "too_few_classes", 8, 2),
        ("ABCD1234", "too_few_classes", 8, 2),
        ("心理辅导室心理辅导", "too_few_classes", 9, 1),
        ("correct horse battery staple", "too_few_classes", 28, 2),
    ],
)
def test_refused(p, reason, length, classes):
    with pytest.raises(WeakPassphraseError) as info:
        check_passphrase(p)
    err = info.value
    assert isinstance(err, ValidationError)
    assert err.kind == "weak_passphrase"
    assert err.message == str(err) == MESSAGE
    assert err.facts == {
        "field": "passphrase",
        "reason": reason,
        "length": length,
        "classes": classes,
    }


def test_length_counts_characters_after_nfc():
    check_passphrase("Cafe\u0301Ab12")  # 8 code points after NFC (é composed)
    with pytest.raises(WeakPassphraseError):
        check_passphrase("Cafe\u0301Ab1")  # 7 after NFC, 8 before


@pytest.mark.parametrize(
    "p", ["Password1!", "12345678", "Aa123456", "Qwer1234", "PASSWORD2024!", "!admin123", "woaini"]
)
def test_common_passwords_score_zero(p):
    assert is_common(p)
    assert passphrase_strength(p) == 0


def test_common_list_size():
    assert 30 <= len(COMMON) <= 60


@pytest.mark.parametrize(
    ("p", "low", "high"),
    [
        ("", 0, 0),
        ("aaaaaaaa", 0, 0),
        ("abcdefgh", 0, 0),
        ("Ab1!", 0, 1),
        ("correct horse battery staple", 1, 1),  # strong but refused by the policy
        ("Tr0ub4dor&3", 3, 3),
        ("Xk9#mP2$vLq7!", 4, 4),
        ("河边的3只白鹅Swim!", 4, 4),
    ],
)
def test_strength_ranges(p, low, high):
    assert low <= passphrase_strength(p) <= high


def test_strength_grows_with_length():
    assert passphrase_strength("Xk9#mP2$") < passphrase_strength("Xk9#mP2$vLq7!wZ")


@given(st.text(max_size=64))
def test_strength_is_bounded_and_consistent_with_policy(p):
    score = passphrase_strength(p)
    assert 0 <= score <= 4
    try:
        check_passphrase(p)
    except WeakPassphraseError:
        assert score <= 1
