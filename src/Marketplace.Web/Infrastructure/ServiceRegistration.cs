using Marketplace.Web.Infrastructure.Cluster;
using Marketplace.Domain.Data;
using Marketplace.Domain.Members;
using Marketplace.Web.Infrastructure.Data;
using Marketplace.Web.Infrastructure.DemoData;
using Marketplace.Web.Infrastructure.Localization;
using Marketplace.Web.Infrastructure.Mediation;
using Marketplace.Web.Infrastructure.Settings;
using Marketplace.Web.Infrastructure.Views;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace Marketplace.Web.Infrastructure;

public static class ServiceRegistration
{
    public static IServiceCollection AddMarketplace(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddSettings<EmailSettings>(configuration);
        services.AddSettings<StorageSettings>(configuration);
        services.AddSettings<DocumentSettings>(configuration);
        services.AddSettings<SiteSettings>(configuration);
        services.AddSettings<OperatorSettings>(configuration);
        // In Production a request for another host is refused (400): the shop answers to its own address only.
        services.AddOptions<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>().PostConfigure<IOptions<SiteSettings>>((hosts, site) =>
        {
            if (environment.IsProduction() && hosts.AllowedHosts is ["*"]) hosts.AllowedHosts = [site.Value.PublicBase.Host];
        });
        services.AddOptions<Microsoft.AspNetCore.HttpsPolicy.HstsOptions>().Configure<IOptions<SiteSettings>>((hsts, site) =>
        {
            hsts.IncludeSubDomains = site.Value.HstsIncludeSubDomains;
            hsts.MaxAge = TimeSpan.FromDays(site.Value.HstsMaxAgeDays);
        });
        // X-Forwarded-* are believed only from the proxies named in Site:TrustedProxies (none by default).
        services.AddOptions<Microsoft.AspNetCore.Builder.ForwardedHeadersOptions>().Configure<IOptions<SiteSettings>>((forwarded, site) =>
        {
            // Empty lists would mean "trust any sender", so without a configured proxy the headers are not read at all.
            forwarded.ForwardedHeaders = site.Value.Proxies.Count == 0 ? Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.None
                : Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedFor | Microsoft.AspNetCore.HttpOverrides.ForwardedHeaders.XForwardedProto;
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Clear();
            foreach (var proxy in site.Value.Proxies) forwarded.KnownProxies.Add(proxy);
        });
        services.AddSettings<RateLimitSettings>(configuration);
        services.AddSettings<CachingSettings>(configuration);
        services.AddSettings<SettlementSettings>(configuration);
        services.AddSettings<ProcurementSettings>(configuration);
        // Korean text goes out as text, not as &#xAC00; entities.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        // A pasted 10,000-character search must reach the app, which answers with a message.
        services.Configure<KestrelServerOptions>(o => o.Limits.MaxRequestLineSize = 64 * 1024);
        services.AddMarketplaceDatabase(configuration, environment);
        services.AddMediatorWithHandlers(typeof(ServiceRegistration).Assembly);
        services.AddAutoMapper(cfg => cfg.LicenseKey = configuration["AutoMapper:LicenseKey"], typeof(ServiceRegistration).Assembly);

        services.AddSingleton<Features.Shop.Catalog.CatalogFigures>();
        services.AddSingleton<Caching.SharedReadCache>();
        services.AddOutputCache(options =>
        {
            options.SizeLimit = 64 * 1024 * 1024;
            options.AddPolicy(Caching.SharedReadCache.PagePolicy, page => page
                .With(context => context.HttpContext.RequestServices.GetRequiredService<Caching.SharedReadCache>().Enabled)
                .Expire(Caching.SharedReadCache.PageLifetime)
                .VaryByValue(_ => new KeyValuePair<string, string>("culture", System.Globalization.CultureInfo.CurrentUICulture.Name))
                .Tag(Caching.SharedReadCache.PageTag));
        });
        services.AddSingleton<TextCatalog>();
        services.AddSingleton<IStringLocalizerFactory, JsonStringLocalizerFactory>();
        services.AddLocalization();

        services.AddIdentity<Member, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Only an address the member has opened the sign-up mail at signs in (see Account/Register).
                options.SignIn.RequireConfirmedEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireUppercase = false;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddPasswordValidator<Members.CommonPasswords>()
            .AddEntityFrameworkStores<MarketplaceDbContext>()
            .AddDefaultTokenProviders();
        // Reset and confirmation links expire: an hour (the reset mail says so).
        services.Configure<DataProtectionTokenProviderOptions>(tokens => tokens.TokenLifespan = Features.Account.ForgotPassword.LinkLifetime);
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/account/denied";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = SecurityHeaders.CookiePolicy(configuration, environment);
            Members.SignInSessions.Attach(cookie);
        });
        services.Configure<SecurityStampValidatorOptions>(stamp => stamp.OnRefreshingPrincipal = Members.SignInSessions.KeepOnRefresh);
        services.AddSingleton<IPostConfigureOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>, Members.RememberedTickets.Wrap>();

        services.AddHttpContextAccessor();
        services.AddScoped<Members.CurrentMember>();
        services.AddScoped<InputErrorFilter>();
        services.AddControllersWithViews(options =>
            {
                options.Filters.Add(new AutoValidateAntiforgeryTokenAttribute());
                // Rules live in the validators, with messages in the user's language; an empty field
                // must reach them rather than fail binding with a generic message.
                options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
                options.ModelMetadataDetailsProviders.Add(new EmptyStringsStayEmpty());
                options.Filters.AddService<InputErrorFilter>();
            })
            .AddRazorOptions(razor => razor.ViewLocationExpanders.Add(new FeatureFolderViewLocationExpander()));
        services.AddSingleton<IConfigureOptions<MvcOptions>, LocalizedModelBindingMessages>();
        // The antiforgery cookie is Secure whenever the request is HTTPS (HSTS keeps it so); "Always"
        // would make every form fail with 500 on a plain-HTTP hop rather than merely not sign in.
        services.AddAntiforgery(options =>
        {
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        Members.RememberedAntiforgeryTokens.Register(services);

        services.AddCluster(configuration, environment);
        services.AddTelemetry(configuration);
        services.AddMarketplaceRateLimits();
        services.AddPayments(configuration);
        services.AddSingleton<Storage.DocumentStore>();
        services.AddSingleton<Documents.DocumentPdf>();
        services.AddSingleton<Storage.ImageStore>();
        services.AddScoped<Features.Admin.Settings.PlatformSettings>();

        services.Configure<DemoDataOptions>(configuration.GetSection("DemoData"));
        services.AddScoped<DemoDataSeeder>();
        return services;
    }

    /// <summary>Stripe when a secret key is configured, else the simulated gateway; mail to SMTP
    /// when a host is configured, else to the outbox folder; the sweep that expires stale payments.</summary>
    private static IServiceCollection AddPayments(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSettings<Payments.StripeOptions>(configuration);
        services.AddSettings<PaymentSettings>(configuration);
        services.AddSingleton<Payments.StripeWebhook>();
        services.AddHttpClient<Payments.StripeGateway>(http => http.Timeout = TimeSpan.FromSeconds(30));
        services.AddScoped<Payments.IPaymentGateway>(sp => sp.GetRequiredService<Payments.StripeGateway>());
        services.AddSingleton<Payments.SimulatedGateway>();
        services.AddScoped<Payments.IPaymentGateway>(sp => sp.GetRequiredService<Payments.SimulatedGateway>());
        services.AddScoped<Payments.PaymentGateways>();
        services.AddScoped<Email.IEmailSender, Email.QueuedEmailSender>();
        services.AddScoped<Email.MemberMail>();
        services.AddSingleton<Email.IMailTransport>(sp => sp.GetRequiredService<IOptions<EmailSettings>>().Value.UsesSmtp
            ? ActivatorUtilities.CreateInstance<Email.SmtpMailTransport>(sp)
            : ActivatorUtilities.CreateInstance<Email.OutboxMailTransport>(sp));
        services.AddSingleton<Email.MailDispatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<Email.MailDispatcher>());
        services.AddLeasedJob<Features.Payments.PaymentExpiryService>();
        services.AddLeasedJob<Features.Shop.Orders.PurchaseConfirmationService>();
        services.AddLeasedJob<Features.Shop.Wishlist.WishlistNewsService>();
        services.AddLeasedJob<Storage.UnusedFileSweep>();
        services.AddLeasedJob<Features.Admin.Retention.RetentionSweep>();
        services.AddMemoryCache();
        services.AddSettings<SearchSettings>(configuration);
        services.AddSingleton<Search.CatalogIndex>();
        services.AddScoped<Search.ProductSearch>();
        services.AddSingleton<Search.ZeroResultLog>();
        services.AddHostedService(sp => sp.GetRequiredService<Search.ZeroResultLog>());
        services.AddHostedService<Search.CatalogIndexer>();
        return services;
    }

    /// <summary>A job the tests can also run a turn of, as the host does.</summary>
    private static void AddLeasedJob<T>(this IServiceCollection services) where T : LeasedJob
    {
        services.AddSingleton<T>();
        services.AddHostedService(sp => sp.GetRequiredService<T>());
    }
}
