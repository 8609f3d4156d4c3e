using Marketplace.Domain.Catalog;

namespace Marketplace.Web.Tests.Infrastructure;

/// <summary>A product notice filled in as a seller would, for listings whose category needs one before review.</summary>
public static class Notices
{
    public static string[] ItemsOf(string kind) => NoticeKinds.Seed.Single(k => k.Code == kind).Fields;

    /// <summary>One value per item of the seeded kind, each naming its item.</summary>
    public static List<string?> Filled(string kind) => ItemsOf(kind).Select(item => (string?)$"{item}: 상세 내용").ToList();

    /// <summary>The listing form's fields for that notice, as the edit page posts them.</summary>
    public static Dictionary<string, string> FormFields(string kind)
    {
        var fields = new Dictionary<string, string> { ["Form.NoticeKind"] = kind };
        var values = Filled(kind);
        for (var i = 0; i < values.Count; i++) fields[$"Form.NoticeValues[{i}]"] = values[i]!;
        return fields;
    }
}
