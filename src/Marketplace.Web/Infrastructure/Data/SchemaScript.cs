using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Infrastructure.Data;

/// <summary>The DDL EF would create for the current model: a starting point when writing the
/// next script in migrations/, never applied by itself.</summary>
public static class SchemaScript
{
    public static string Generate(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>().Database.GenerateCreateScript();
    }
}
