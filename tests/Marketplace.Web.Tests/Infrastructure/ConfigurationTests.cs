using System.Text.RegularExpressions;
using AutoMapper;
using Marketplace.Domain.Catalog;
using Marketplace.Domain.Common;
using Marketplace.Domain.Enterprises;
using Marketplace.Web.Features.Shop.Catalog;
using Marketplace.Web.Infrastructure.Localization;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Infrastructure;

public class ConfigurationTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public void Every_mapping_profile_is_valid() =>
        app.Services.GetRequiredService<IMapper>().ConfigurationProvider.AssertConfigurationIsValid();

    [Fact]
    public void Korean_and_english_texts_have_the_same_keys()
    {
        var catalog = new TextCatalog();
        Assert.Equal(catalog.For("ko").Keys.Order(), catalog.For("en").Keys.Order());
    }

    [Fact]
    public void Every_text_the_code_asks_for_exists()
    {
        var catalog = new TextCatalog();
        var source = Path.Combine(RepositoryRoot(), "src");
        var pattern = new Regex(@"(?:\bT|texts)\[""([A-Za-z]+\.[A-Za-z.]+)""");
        var asked = Directory.EnumerateFiles(source, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs") || f.EndsWith(".cshtml"))
            .SelectMany(f => pattern.Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .Concat(Enum.GetNames<EnterpriseType>().Select(n => $"EnterpriseType.{n}"))
            .Concat(Enum.GetNames<Region>().Select(n => $"Region.{n}"))
            .Concat(Enum.GetNames<ProductKind>().Select(n => $"ProductKind.{n}"))
            .Concat(Enum.GetNames<CertificationState>().Select(n => $"Certification.{n}"))
            .Concat(Enum.GetNames<Web.Features.Shop.Catalog.Search.SortOrder>().Select(n => $"Sort.{n}"))
            .Concat(typeof(ErrorCodes).GetFields().Select(f => (string)f.GetValue(null)!))
            .Distinct().ToList();
        Assert.True(asked.Count > 50);
        var missing = asked.Where(key => !catalog.For("ko").ContainsKey(key)).ToList();
        Assert.True(missing.Count == 0, "Missing texts: " + string.Join(", ", missing));
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Marketplace.sln"))) return dir.FullName;
        throw new InvalidOperationException("Marketplace.sln not found above the test folder.");
    }
}
