namespace Marketplace.Web.Features.Shared;

/// <summary>What <c>_Pager</c> draws: previous, the first and last page, two either side of this one, next.</summary>
/// <param name="Link">The address of a page number, with the list's filters kept.</param>
public sealed record Pager(int Page, int PageCount, Func<int, string> Link)
{
    /// <summary>The page numbers shown, in order; a gap between two means pages left out.</summary>
    public IReadOnlyList<int> Shown()
    {
        var shown = new SortedSet<int> { 1, PageCount };
        for (var n = Math.Max(1, Page - 2); n <= Math.Min(PageCount, Page + 2); n++) shown.Add(n);
        return [.. shown];
    }

    /// <summary>A page's query string: the given filters with their empty ones left out, and the page.</summary>
    public static Func<int, string> QueryLink(string path, IEnumerable<KeyValuePair<string, string?>> filters)
    {
        var kept = filters.Where(p => !string.IsNullOrEmpty(p.Value)).ToList();
        return page => path + Microsoft.AspNetCore.Http.QueryString.Create(
            kept.Append(new("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }
}
