using Marketplace.Domain.Data;
using Marketplace.Web.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace Marketplace.Web.Tests.Data;

/// <summary>The context as the app configures it for each provider, without a server: enough to
/// build the model, compare it with the migrations and generate their SQL.</summary>
public static class ProviderModels
{
    public static MarketplaceDbContext Context(DatabaseProvider provider)
    {
        var options = new DbContextOptionsBuilder<MarketplaceDbContext>();
        DatabaseSetup.Configure(options, provider, provider switch
        {
            DatabaseProvider.Sqlite => "Data Source=:memory:",
            DatabaseProvider.Postgres => "Host=127.0.0.1;Database=model_only",
            _ => "Server=127.0.0.1;Database=model_only;TrustServerCertificate=true",
        });
        return new MarketplaceDbContext(options.Options);
    }
}
