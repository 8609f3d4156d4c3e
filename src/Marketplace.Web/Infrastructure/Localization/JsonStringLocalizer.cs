using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Localization;

namespace Marketplace.Web.Infrastructure.Localization;

/// <summary>Marker type for the one set of texts the app uses: <c>IStringLocalizer&lt;Texts&gt;</c>.</summary>
public sealed class Texts;

/// <summary>All texts, one JSON file per language (ko.json, en.json), keyed alike; a test
/// checks that both files have the same keys.</summary>
public sealed class TextCatalog
{
    public const string DefaultLanguage = "ko";

    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _byLanguage;

    public TextCatalog()
    {
        var assembly = typeof(TextCatalog).Assembly;
        _byLanguage = Cultures.Supported.ToDictionary(
            language => language,
            language =>
            {
                using var stream = assembly.GetManifestResourceStream($"texts/{language}.json")
                    ?? throw new InvalidOperationException($"texts/{language}.json is not embedded.");
                return (IReadOnlyDictionary<string, string>)JsonSerializer.Deserialize<Dictionary<string, string>>(stream)!;
            });
    }

    public IReadOnlyDictionary<string, string> For(string language) =>
        _byLanguage.TryGetValue(language, out var texts) ? texts : _byLanguage[DefaultLanguage];

    public string? Find(string key, CultureInfo culture) =>
        For(culture.TwoLetterISOLanguageName).TryGetValue(key, out var text) ? text
        : For(DefaultLanguage).TryGetValue(key, out var fallback) ? fallback
        : null;
}

public sealed class JsonStringLocalizer(TextCatalog catalog) : IStringLocalizer
{
    public LocalizedString this[string name]
    {
        get
        {
            var text = catalog.Find(name, CultureInfo.CurrentUICulture);
            return new LocalizedString(name, text ?? name, resourceNotFound: text is null);
        }
    }

    public LocalizedString this[string name, params object[] arguments]
    {
        get
        {
            var text = this[name];
            return new LocalizedString(name, string.Format(CultureInfo.CurrentCulture, text.Value, arguments), text.ResourceNotFound);
        }
    }

    public IEnumerable<LocalizedString> GetAllStrings(bool includeParentCultures) =>
        catalog.For(CultureInfo.CurrentUICulture.TwoLetterISOLanguageName).Select(p => new LocalizedString(p.Key, p.Value));
}

public sealed class JsonStringLocalizerFactory(TextCatalog catalog) : IStringLocalizerFactory
{
    public IStringLocalizer Create(Type resourceSource) => new JsonStringLocalizer(catalog);
    public IStringLocalizer Create(string baseName, string location) => new JsonStringLocalizer(catalog);
}
