"""khabar.text.language: script and stop-word language detection, and the English gate."""

from __future__ import annotations

import pytest

from khabar.errors import LanguageError
from khabar.text.language import LanguageGuess, detect_language, require_english

FOREIGN = {
    "fr": "Au moins douze personnes ont été tuées mardi dans une attaque contre un marché dans le nord du pays, "
    "selon les autorités locales qui ont accusé un groupe armé.",
    "es": "Al menos doce personas murieron el martes en un ataque contra un mercado en el norte del país, según las "
    "autoridades locales, que culparon a un grupo armado.",
    "pt": "Pelo menos doze pessoas foram mortas na terça-feira em um ataque a um mercado no norte do país, segundo as "
    "autoridades locais, que culparam um grupo armado.",
    "de": "Mindestens zwölf Menschen sind am Dienstag bei einem Angriff auf einen Markt im Norden des Landes getötet "
    "worden, wie die örtlichen Behörden mitteilten.",
    "it": "Almeno dodici persone sono state uccise martedì in un attacco contro un mercato nel nord del paese, secondo "
    "le autorità locali che hanno accusato un gruppo armato.",
    "nl": "Ten minste twaalf mensen zijn dinsdag om het leven gekomen bij een aanval op een markt in het noorden van "
    "het land, zo hebben de lokale autoriteiten gemeld.",
    "id": "Sedikitnya dua belas orang tewas pada hari Selasa dalam serangan terhadap sebuah pasar di utara negara itu, "
    "kata pihak berwenang setempat yang menyalahkan kelompok bersenjata.",
    "sw": "Watu kumi na wawili waliuawa Jumanne katika shambulio dhidi ya soko kaskazini mwa nchi, kwa mujibu wa "
    "maafisa wa serikali ambao walisema kundi la wapiganaji lilihusika.",
    "ur": "بلوچستان میں ایک حملے میں کم از کم بارہ افراد ہلاک ہو گئے ہیں، پولیس نے بتایا کہ حملہ آوروں نے بازار کو نشانہ بنایا۔",
    "ar": "قتل ما لا يقل عن اثني عشر شخصا يوم الثلاثاء في هجوم على سوق في شمال البلاد، بحسب السلطات المحلية.",
    "fa": "دست کم دوازده نفر روز سه شنبه در حمله به یک بازار در شمال کشور کشته شدند، به گفته مقامات محلی.",
    "ru": "По меньшей мере двенадцать человек погибли во вторник в результате нападения на рынок на севере страны.",
    "uk": "Щонайменше дванадцять людей загинули у вівторок внаслідок нападу на ринок на півночі країни.",
    "hi": "मंगलवार को देश के उत्तर में एक बाजार पर हुए हमले में कम से कम बारह लोग मारे गए, स्थानीय अधिकारियों ने बताया।",
    "bn": "মঙ্গলবার দেশের উত্তরে একটি বাজারে হামলায় অন্তত বারো জন নিহত হয়েছে বলে স্থানীয় কর্মকর্তারা জানিয়েছেন।",
    "zh": "周二，该国北部一个市场遭到袭击，至少十二人死亡，当地官员指责一个武装组织。",
    "ja": "火曜日、国の北部の市場が襲撃され、少なくとも12人が死亡したと地元当局が発表した。",
    "ko": "화요일 북부의 한 시장이 공격을 받아 최소 12명이 숨졌다고 현지 당국이 밝혔다.",
    "he": "לפחות שנים עשר בני אדם נהרגו ביום שלישי בפיגוע בשוק בצפון המדינה, כך מסרו הרשויות.",
}

ENGLISH = [
    "Gunmen killed at least 12 people in an attack on a market in northern Nigeria on Tuesday, police said.",
    "GUNMEN KILLED AT LEAST 12 PEOPLE IN AN ATTACK ON A MARKET IN NORTHERN NIGERIA ON TUESDAY, POLICE SAID.",
    "gunmen killed at least 12 people in an attack on a market in northern nigeria on tuesday, police said.",
    "QUETTA, Pakistan (AP) — The Baloch Liberation Army said it had executed 214 captives, a claim the military "
    "rejected as propaganda.",
    "Assailants shot and killed a local official in Mbizi, Makamba, Burundi. No group claimed responsibility.",
    "lucknow: the all-india babri masjid action committee has sought a ban on the programme at the acquired land.",
    "A bomb exploded in a market in Baqubah, causing no casualties. No further information is available.",
    "SAN SALVADOR, 3 JAN 90 -- THE ARCE BATTALION COMMAND HAS REPORTED THAT ABOUT 50 PEASANTS OF VARIOUS AGES "
    "HAVE BEEN KIDNAPPED BY TERRORISTS OF THE FMLN IN SAN MIGUEL DEPARTMENT.",
]


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_foreign_languages(code: str) -> None:
    guess = detect_language(FOREIGN[code])
    assert isinstance(guess, LanguageGuess)
    assert guess.code == code
    assert guess.confidence >= 0.6


@pytest.mark.parametrize("code", sorted(FOREIGN))
def test_require_english_refuses_foreign(code: str) -> None:
    with pytest.raises(LanguageError) as info:
        require_english(FOREIGN[code], "a.txt")
    msg = str(info.value)
    assert msg.startswith("a.txt: text is in ") and f"({code}, confidence " in msg
    assert msg.endswith("; khabar reads English for now")


@pytest.mark.parametrize("text", ENGLISH)
def test_english_news(text: str) -> None:
    guess = detect_language(text)
    assert (guess.code, guess.name) == ("en", "English")
    assert guess.confidence >= 0.5
    require_english(text, "a.txt")


def test_french_message_names_language() -> None:
    with pytest.raises(LanguageError, match=r"text is in French \(fr, confidence 0\.\d\d\)"):
        require_english(FOREIGN["fr"], "a.txt")


@pytest.mark.parametrize("text", ["", "12 killed", "Attentat à Paris", "Ataque en Kabul: 12 muertos", "Angriff in Kabul"])
def test_short_texts_default_to_english_and_pass(text: str) -> None:
    guess = detect_language(text)
    assert guess.code == "en" and guess.confidence < 0.5
    require_english(text, "a.txt")


def test_urdu_vs_persian_vs_arabic_letters() -> None:
    assert detect_language("پ" * 20 + " " + "ے" * 3).code == "ur"
    assert detect_language("پچژگ " * 10).code == "fa"
    assert detect_language("قتل ما لا يقل " * 5).code == "ar"


def test_only_first_5000_characters_are_read() -> None:
    text = ENGLISH[0] * 60 + FOREIGN["fr"] * 200
    assert detect_language(text).code == "en"


def test_english_quoting_some_french_is_still_english() -> None:
    text = ("The minister said the attack was \"un acte de terrorisme\" and that the police had arrested two men "
            "in the north of the country on Tuesday.")
    assert detect_language(text).code == "en"
