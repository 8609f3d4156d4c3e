using System.Globalization;
using Marketplace.Domain.Common;
using Microsoft.AspNetCore.Localization;

namespace Marketplace.Web.Infrastructure.Localization;

/// <summary>Korean first, English second; the choice comes from <c>?culture=</c> or the culture cookie.</summary>
public static class Cultures
{
    public static readonly string[] Supported = ["ko", "en"];

    public static bool IsEnglish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en";

    /// <summary>"ko" or "en": the language of this request, kept as a member's mail language.</summary>
    public static string Current => IsEnglish ? "en" : "ko";

    /// <summary>Picks the English text when the page is in English and one exists.</summary>
    public static string Pick(string korean, string? english) =>
        IsEnglish && !string.IsNullOrWhiteSpace(english) ? english : korean;

    /// <summary>KRW has no minor unit: <c>12,000원</c> in Korean, <c>₩12,000</c> in English.</summary>
    public static string Won(long amount) => Won(amount, IsEnglish ? "en" : "ko");

    public static string Won(Won amount) => Won(amount.Amount);

    /// <summary>For text outside a request's language, such as mail.</summary>
    public static string Won(Won amount, string language) => Won(amount.Amount, language);

    private static string Won(long amount, string language)
    {
        var digits = Math.Abs(amount).ToString("N0", CultureInfo.InvariantCulture);
        var sign = amount < 0 ? "-" : "";
        return language == "en" ? $"{sign}₩{digits}" : $"{sign}{digits}원";
    }

    /// <summary>An amount in a few characters, where a map tile has room for little: <c>1.2억원</c>,
    /// <c>3,400만원</c> in Korean; <c>₩120M</c> in English.</summary>
    public static string WonShort(long amount)
    {
        var inv = CultureInfo.InvariantCulture;
        if (IsEnglish)
            return amount >= 1_000_000_000 ? $"₩{(amount / 1e9).ToString("0.#", inv)}B" : amount >= 1_000_000 ? $"₩{(amount / 1e6).ToString("0.#", inv)}M" : Won(amount);
        return amount >= 100_000_000 ? $"{(amount / 1e8).ToString("#,0.#", inv)}억원" : amount >= 10_000 ? $"{(amount / 10_000).ToString("N0", inv)}만원" : Won(amount);
    }

    /// <summary>Dates read <c>2026.11.21</c> in Korean and <c>Nov 21, 2026</c> in English.</summary>
    public static string Date(DateOnly date) => IsEnglish
        ? date.ToString("MMM d, yyyy", CultureInfo.GetCultureInfo("en"))
        : date.ToString("yyyy.MM.dd", CultureInfo.InvariantCulture);

    /// <summary>An instant in Korean time: <c>2026.11.21 14:05</c>.</summary>
    public static string When(DateTime utc) => Marketplace.Domain.Common.KoreaTime.ToKorea(utc).ToString("yyyy.MM.dd HH:mm", CultureInfo.InvariantCulture);

    public static RequestLocalizationOptions RequestLocalizationOptions()
    {
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture("ko")
            .AddSupportedCultures(Supported)
            .AddSupportedUICultures(Supported);
        // Korean is the default whatever the browser asks for; only an explicit choice switches.
        options.RequestCultureProviders =
        [
            new QueryStringRequestCultureProvider(),
            new CookieRequestCultureProvider(),
        ];
        return options;
    }

    /// <summary>Keeps a <c>?culture=</c> choice in the cookie, so the next page stays in that language.</summary>
    public static IApplicationBuilder UseCultureCookieFromQuery(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        if (context.Request.Query.TryGetValue("culture", out var values) && Supported.Contains(values.ToString()))
            Remember(context.Response, values.ToString());
        await next();
    });

    public static void Remember(HttpResponse response, string culture) => response.Cookies.Append(
        CookieRequestCultureProvider.DefaultCookieName,
        CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
        new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, HttpOnly = true, SameSite = SameSiteMode.Lax, Secure = response.HttpContext.Request.IsHttps });
}
