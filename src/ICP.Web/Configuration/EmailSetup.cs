using ICP.Infrastructure.Email;
using Microsoft.Extensions.Options;

namespace ICP.Web.Configuration;

/// <summary>
/// E-mail through the outbox: messages are written with the change they report and delivered by a
/// background worker, over SMTP (MailKit) when <c>Email:Smtp:Host</c> is set, otherwise as .eml
/// files in <c>Email:PickupFolder</c> (App_Data/mail under the content root).
/// </summary>
public static class EmailSetup
{
    public static IServiceCollection AddPortalEmail(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        // Links in e-mails (password reset, invitations, receipts) carry secrets: they are built from
        // the configured address, never from the Host header a client sends.
        if (OptionsSetup.Read<PortalOptions>(configuration, "Portal").BaseUri is null && environment.IsProduction())
        {
            throw new InvalidOperationException(
                "Set Portal:BaseUrl (e.g. https://icp.example.eu) in Production: links in e-mails are built from it.");
        }

        services.AddSingleton<IMailTransport>(provider =>
        {
            var options = provider.GetRequiredService<IOptions<EmailOptions>>();
            if (!string.IsNullOrWhiteSpace(options.Value.Smtp.Host))
            {
                return new SmtpMailTransport(options);
            }

            var folder = options.Value.PickupFolder;
            return new PickupFolderMailTransport(Path.IsPathRooted(folder) ? folder : Path.Combine(environment.ContentRootPath, folder));
        });
        services.AddSingleton<OutboxSignal>();
        services.AddScoped<OutboxDispatcher>();
        if (OptionsSetup.Read<EmailOptions>(configuration, "Email").RunOutboxWorker)
        {
            services.AddHostedService<OutboxWorker>();
        }

        return services;
    }
}
