using ICP.Infrastructure.Email;
using ICP.Web.Features.Activities;
using ICP.Web.Features.Applications;
using Microsoft.Extensions.Options;

namespace ICP.Web.Configuration;

/// <summary>
/// Every setting the portal's classes read is bound to an options class and validated by its
/// data annotations when the portal starts (<c>ValidateOnStart</c>): a bad value stops start-up
/// with a message naming the setting, instead of surfacing later as a wrong answer or a 500.
/// Classes take <c>IOptions&lt;T&gt;</c>, never <c>IConfiguration</c>. What must be known while
/// services are registered (whether Redis or the output cache is on) is read with <see cref="Read{T}"/>,
/// which applies the same validation at once. docs/operations.md lists every setting.
/// </summary>
public static class OptionsSetup
{
    public static IServiceCollection AddPortalOptions(this IServiceCollection services)
    {
        Bind<ProgrammeOptions>(services, "Programme");
        Bind<EvaluationOptions>(services, "Evaluation");
        Bind<PortalOptions>(services, "Portal");
        Bind<SecurityOptions>(services, "Security");
        Bind<DemoOptions>(services, "Demo");
        Bind<ClockOptions>(services, "Clock");
        Bind<RedisOptions>(services, "Redis");
        Bind<PublicPageCacheOptions>(services, "OutputCache");
        Bind<LogFileOptions>(services, "Logging:File");
        Bind<EmailOptions>(services, "Email");
        Bind<UploadOptions>(services, "Uploads");
        Bind<CityPlacesOptions>(services, "Activities");
        return services;
    }

    /// <summary>
    /// A section bound and validated now, for decisions taken while services are registered; throws
    /// <see cref="OptionsValidationException"/> naming the setting when a value is refused.
    /// </summary>
    public static T Read<T>(IConfiguration configuration, string section)
        where T : class, new()
    {
        var options = configuration.GetSection(section).Get<T>() ?? new T();
        var result = new DataAnnotationValidateOptions<T>(null).Validate(null, options);
        return result.Failed ? throw new OptionsValidationException(section, typeof(T), result.Failures) : options;
    }

    private static void Bind<T>(IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
