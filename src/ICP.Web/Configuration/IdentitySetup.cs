using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Web.Features.Accounts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace ICP.Web.Configuration;

/// <summary>
/// ASP.NET Core Identity on EF Core, with OWASP ASVS 5.0 level 2 settings where Identity's
/// defaults fall short: 12-character passwords without composition rules, guessable passwords
/// refused, 210,000 PBKDF2 iterations, lockout after 5 failures, authenticator codes usable once,
/// session cookies only.
/// </summary>
public static class IdentitySetup
{
    public const string SessionCookieName = ".ICP.Session";

    public const string TwoFactorCookieName = ".ICP.TwoStep";

    public static IServiceCollection AddPortalIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<PortalUser, IdentityRole>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // The user name is the e-mail address, already checked as one: Identity's default
                // characters (ASCII letters, digits, -._@+) would refuse o'brien@… or élodie@….
                options.User.AllowedUserNameCharacters = string.Empty;
                options.SignIn.RequireConfirmedEmail = true;
                options.SignIn.RequireConfirmedAccount = true;
                options.Tokens.AuthenticatorTokenProvider = ReplayProtectedAuthenticatorTokenProvider.ProviderName;
            })
            .AddEntityFrameworkStores<IcpDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<ReplayProtectedAuthenticatorTokenProvider>(ReplayProtectedAuthenticatorTokenProvider.ProviderName)
            .AddPasswordValidator<GuessablePasswordValidator>()
            .AddErrorDescriber<LocalizedIdentityErrorDescriber>();

        services.Configure<PasswordHasherOptions>(options =>
            options.IterationCount = configuration.GetValue("Identity:PasswordHashIterations", 210_000));
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromDays(2));

        // Every cookie the portal sets has a name of ours, listed on the public cookies page.
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, options => options.Cookie.Name = TwoFactorCookieName);
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = SessionCookieName;
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/access-denied";
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.ReturnUrlParameter = "returnUrl";

            // The security stamp is checked on every request (Identity's validator: every 30
            // minutes), so that signing out or changing credentials ends the other sessions at once.
            options.EventsType = typeof(SessionCookieEvents);
        });
        services.AddScoped<SessionCookieEvents>();
        services.AddOptions<Microsoft.AspNetCore.Authentication.Cookies.CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<IOptions<SecurityOptions>>((options, security) =>
                options.Cookie.SecurePolicy = security.Value.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest);

        // Staff pages need both the role and a sign-in that passed the second step (an authenticator code).
        services.AddAuthorizationBuilder()
            // A staff account never acts for a city: it could otherwise evaluate an application it
            // prepared (staff roles are never given to a city's officer either; see StaffWorkflow).
            .AddPolicy(Policies.Applicant, policy => policy.RequireAuthenticatedUser()
                .RequireAssertion(context => !StaffRoles.All.Any(context.User.IsInRole)))
            .AddPolicy(Policies.Staff, policy => policy.RequireRole(StaffRoles.All).RequireClaim(Policies.MultiFactorClaim, Policies.MultiFactorValue))
            .AddPolicy(Policies.ProgrammeManager, policy => policy.RequireRole(StaffRoles.ProgrammeManager).RequireClaim(Policies.MultiFactorClaim, Policies.MultiFactorValue))
            .AddPolicy(Policies.Evaluator, policy => policy.RequireRole(StaffRoles.Evaluator).RequireClaim(Policies.MultiFactorClaim, Policies.MultiFactorValue));
        return services;
    }
}
