using System.Text;
using Marketplace.Domain.Data;
using Marketplace.Web.Features.Seller.Listings;
using Marketplace.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Marketplace.Web.Tests.Features.Seller.Listings;

/// <summary>CSV bulk upload: both encodings, row-by-row errors, all or nothing.</summary>
public class ImportTests(AppFactory app) : IClassFixture<AppFactory>
{
    static ImportTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private Task<int> EnterpriseAsync() => app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Users
        .Where(u => u.Email == "seller@demo.kr").Select(u => u.EnterpriseId!.Value).SingleAsync());

    private Task<int> CountAsync(int enterprise) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products.CountAsync(p => p.EnterpriseId == enterprise));

    [Fact]
    public async Task A_utf8_file_with_a_bom_and_a_cp949_file_both_import_with_korean_intact()
    {
        var enterprise = await EnterpriseAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var utf8 = "\uFEFF상품코드,상품명,구분,카테고리,판매가,재고,최소주문수량\n" +
                   $"U-{tag}-1,\"천연 수세미, 3개입\",상품,household,\"4,500\",200,10\n";
        var result = await app.SendAsync(new ImportListings.Command(enterprise, Encoding.UTF8.GetBytes(utf8)));
        Assert.True(result.Imported, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(1, result.Created);

        var cp949 = $"sku,name,kind,category,price,stock\nC-{tag}-1,유기농 현미 도시락,Goods,catering,8500,30\n";
        result = await app.SendAsync(new ImportListings.Command(enterprise, Encoding.GetEncoding(949).GetBytes(cp949)));
        Assert.True(result.Imported, string.Join("; ", result.Errors.Select(e => e.Message)));

        var names = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products
            .Where(p => p.EnterpriseId == enterprise && p.Sku!.Contains(tag)).OrderBy(p => p.Sku).Select(p => new { p.Name, p.PriceWon, p.MinOrderQuantity }).ToListAsync());
        Assert.Equal("유기농 현미 도시락", names[0].Name);
        Assert.Equal("천연 수세미, 3개입", names[1].Name);
        Assert.Equal(4_500, names[1].PriceWon);
        Assert.Equal(10, names[1].MinOrderQuantity);

        // The same SKU again updates instead of duplicating.
        result = await app.SendAsync(new ImportListings.Command(enterprise, Encoding.UTF8.GetBytes($"sku,name,kind,category,price,stock\nC-{tag}-1,유기농 현미 도시락,Goods,catering,8500,99\n")));
        Assert.Equal((0, 1), (result.Created, result.Updated));
    }

    [Fact]
    public async Task A_file_with_any_error_imports_nothing_and_says_which_rows()
    {
        var enterprise = await EnterpriseAsync();
        var before = await CountAsync(enterprise);
        var csv = "sku,name,kind,category,price,stock\n" +
                  "OK-1,좋은 상품,Goods,household,1000,5\n" +
                  "BAD-2,,Goods,household,-5,5\n" +
                  "OK-1,중복 상품,Goods,household,1000,5\n" +
                  "BAD-4,이상한 카테고리,Gadget,nowhere,abc,5\n";

        var result = await app.SendAsync(new ImportListings.Command(enterprise, Encoding.UTF8.GetBytes(csv)));

        Assert.False(result.Imported);
        Assert.Equal([3, 4, 5], result.Errors.Select(e => e.Row).Distinct().Order());
        Assert.Contains(result.Errors, e => e.Row == 4 && e.Message.Contains("OK-1"));
        Assert.Contains(result.Errors, e => e.Row == 5 && e.Message.Contains("nowhere"));
        Assert.Equal(before, await CountAsync(enterprise));
    }

    [Fact]
    public async Task A_file_in_another_encoding_or_without_the_columns_is_refused()
    {
        var enterprise = await EnterpriseAsync();
        var utf16 = Encoding.Unicode.GetBytes("sku,name,kind,category,price,stock\nX-1,상품,Goods,household,1000,5\n");
        var result = await app.SendAsync(new ImportListings.Command(enterprise, utf16));
        Assert.Contains("UTF-8 또는 CP949", Assert.Single(result.Errors).Message);

        result = await app.SendAsync(new ImportListings.Command(enterprise, Encoding.UTF8.GetBytes("a,b\n1,2\n")));
        Assert.Contains("sku", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public async Task Categories_as_the_site_names_them_and_quoted_line_breaks_import_and_errors_name_columns_in_korean()
    {
        var enterprise = await EnterpriseAsync();
        var tag = Guid.NewGuid().ToString("N")[..6];
        var csv = "상품코드,상품명,구분,카테고리,판매가,재고,설명\r\n" +
                  $"K-{tag}-1,현미 누룽지,상품,가공식품,\"3,900\",40,\"고소한 누룽지\r\n두 줄 설명\"\r\n" +
                  $"K-{tag}-2,천 장바구니,상품,Household goods,5000,12,\r\n";
        var result = await app.SendAsync(new ImportListings.Command(enterprise, Encoding.UTF8.GetBytes(csv)));
        Assert.True(result.Imported, string.Join("; ", result.Errors.Select(e => e.Message)));
        var saved = await app.WithScopeAsync(sp => sp.GetRequiredService<MarketplaceDbContext>().Products
            .Where(p => p.EnterpriseId == enterprise && p.Sku!.StartsWith($"K-{tag}")).OrderBy(p => p.Sku)
            .Select(p => new { p.Category.Slug, p.Description }).ToListAsync());
        Assert.Equal(["food", "household"], saved.Select(p => p.Slug));
        Assert.Equal("고소한 누룽지\r\n두 줄 설명", saved[0].Description);

        var bad = $"상품코드,상품명,구분,카테고리,판매가,재고\nB-{tag},상품,상품,가공식품,비쌈,3\n";
        result = await app.SendAsync(new ImportListings.Command(enterprise, Encoding.UTF8.GetBytes(bad)));
        var error = Assert.Single(result.Errors);
        Assert.Equal(2, error.Row);
        Assert.Contains("판매가(price)", error.Message);
    }
}
