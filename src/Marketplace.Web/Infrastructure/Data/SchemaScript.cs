using Marketplace.Domain.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Marketplace.Web.Infrastructure.Data;

/// <summary>The SQL of every migration for the configured provider, as <c>migrate</c> would run it on an
/// empty database: for a reviewer, or a DBA who applies the schema by hand.</summary>
public static class SchemaScript
{
    public static string Generate(IServiceProvider services)
    {
        using var scope = services.CreateScope();
        return scope.ServiceProvider.GetRequiredService<MarketplaceDbContext>().GetService<IMigrator>().GenerateScript();
    }
}
