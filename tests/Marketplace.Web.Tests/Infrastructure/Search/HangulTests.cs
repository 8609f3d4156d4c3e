using Marketplace.Web.Infrastructure.Search;

namespace Marketplace.Web.Tests.Infrastructure.Search;

public class HangulTests
{
    [Theory]
    [InlineData("세제", "ㅅㅔㅈㅔ")]
    [InlineData("세재", "ㅅㅔㅈㅐ")]
    [InlineData("도시락", "ㄷㅗㅅㅣㄹㅏㄱ")]
    [InlineData("닭", "ㄷㅏㄺ")]
    [InlineData("쌀 1kg", "ㅆㅏㄹ 1kg")]
    public void Syllables_come_apart_into_their_jamo(string text, string jamo) => Assert.Equal(jamo, Hangul.Jamo(text));

    [Theory]
    [InlineData("도시락", "ㄷㅅㄹ")]
    [InlineData("수제 비누", "ㅅㅈ ㅂㄴ")]
    [InlineData("까치", "ㄲㅊ")]
    public void The_initial_consonants_are_the_first_jamo(string text, string initials) => Assert.Equal(initials, Hangul.Initial(text));

    [Theory]
    [InlineData("ㄷㅅㄹ", true)]
    [InlineData("ㅅㅈ ㅂㄴ", true)]
    [InlineData("ㅅㅔ", false)]
    [InlineData("도시락", false)]
    [InlineData("", false)]
    public void A_query_of_initial_consonants_is_told_apart(string text, bool initialsOnly) => Assert.Equal(initialsOnly, Hangul.IsInitialsOnly(text));

    [Theory]
    [InlineData("ehtlfkr", "도시락")]
    [InlineData("tpwp", "세제")]
    [InlineData("dkssudgktpdy", "안녕하세요")]
    [InlineData("rhksfl", "관리")]
    [InlineData("dhlrhk", "외과")]
    [InlineData("dmltk", "의사")]
    [InlineData("ekfr", "닭")]
    [InlineData("Tkf", "쌀")]
    [InlineData("wnqkd tpwp", "주방 세제")]
    public void Hangul_typed_in_english_mode_is_read_back(string typed, string hangul) => Assert.Equal(hangul, Hangul.FromQwerty(typed));

    [Theory]
    [InlineData("xxx")]
    [InlineData("12ab")]
    public void Letters_that_spell_no_hangul_give_nothing(string typed) => Assert.Null(Hangul.FromQwerty(typed));

    [Theory]
    [InlineData("ㄴㅐ메", "soap")]
    [InlineData("내메", "soap")]
    [InlineData("챌ㄹㄷㄷ", "coffee")]
    public void English_typed_in_korean_mode_is_read_back(string typed, string english) => Assert.Equal(english, Hangul.ToQwerty(typed));
}

public class NearSpellingTests
{
    private static HashSet<string> Near(string text) => Analyzers.NearGrams(text).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();

    [Theory]
    [InlineData("세제", "세재")]      // a vowel wrong
    [InlineData("도시락", "도시략")]
    [InlineData("사무실", "사뮤실")]
    [InlineData("coffee", "cofee")]  // a letter missing
    [InlineData("wallet", "wallte")] // two letters swapped
    public void Spellings_one_edit_apart_share_a_near_spelling(string word, string typo) => Assert.NotEmpty(Near(word).Intersect(Near(typo)));

    [Theory]
    [InlineData("세제", "비누")]
    [InlineData("세제", "메제")]      // the first letter is kept: 메제 is another word, not a typo of 세제
    [InlineData("soap", "soup")]     // Latin words under five letters have too many neighbours
    public void Other_words_share_none(string word, string other) => Assert.Empty(Near(word).Intersect(Near(other)));
}
