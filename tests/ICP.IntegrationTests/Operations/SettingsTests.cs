using ICP.Testing;
using Xunit;

namespace ICP.IntegrationTests.Operations;

/// <summary>
/// A setting the portal cannot use stops start-up with a message that names it, instead of showing
/// up later as a wrong answer or an error page (every setting is bound to a validated options class).
/// </summary>
public sealed class SettingsTests
{
    public static TheoryData<string, string> BadSettings => new()
    {
        { "Programme:CallCode", "" },
        { "Programme:MemberStateCap", "0" },
        { "Evaluation:SpreadLimit", "-5" },
        { "Evaluation:SpreadLimit", "twenty" },
        { "Evaluation:EvaluatorsPerApplication", "1" },
        { "Portal:BaseUrl", "ftp://icp.example.eu" },
        { "Security:Contact", "security@example.eu" },
        { "Security:SignInFailuresPerAccount", "0" },
        { "Clock:SimulatedNow", "2021-11-15T23:30:00" },
        { "Email:Smtp:Port", "70000" },
        { "Email:Smtp:Security", "Sometimes" },
        { "Email:OutboxPollInterval", "00:00:00" },
        { "Email:UnsolicitedPerRecipientPerHour", "0" },
        { "Uploads:MaxPerWindow", "0" },
        { "Uploads:OrphanGrace", "00:01:00" },
        { "OutputCache:MaxAge", "-00:05:00" },
        { "OutputCache:CallMaxAge", "02:00:00" },
        { "Activities:ReleaseCheckInterval", "00:00:00" },
        { "Redis:InstanceName", "" },
        { "Logging:File:RetainedDays", "0" },
    };

    [Theory]
    [MemberData(nameof(BadSettings))]
    public async Task BadSetting_StopsStartUp_WithAMessageNamingIt(string key, string value)
    {
        await using var portal = new PortalFactory().WithSetting(key, value);
        // A setting checked when the host starts (ValidateOnStart) is also logged by the host as it fails.
        portal.ServerErrors.Expect("the portal is started with a bad setting on purpose",
            e => e.Exception is { } thrown && Messages(thrown).Contains(key, StringComparison.Ordinal));

        var error = Record.Exception(() => portal.Services);

        Assert.NotNull(error);
        Assert.Contains(key, Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GoodSettings_StartThePortal_AndTheClassesSeeThem()
    {
        await using var portal = new PortalFactory()
            .WithSetting("Security:Contact", "https://icp.example.eu/report")
            .WithSetting("Portal:BaseUrl", "https://icp.example.eu/");

        var text = await portal.CreateClient().GetStringAsync(new Uri("/.well-known/security.txt", UriKind.Relative));

        Assert.Contains("Contact: https://icp.example.eu/report", text, StringComparison.Ordinal);
        Assert.Contains("Canonical: https://icp.example.eu/.well-known/security.txt", text, StringComparison.Ordinal);
    }

    /// <summary>The exception's message and those of every exception inside it (hosts wrap what failed).</summary>
    private static string Messages(Exception error) =>
        error switch
        {
            AggregateException aggregate => error.Message + "\n" + string.Join("\n", aggregate.InnerExceptions.Select(Messages)),
            { InnerException: { } inner } => error.Message + "\n" + Messages(inner),
            _ => error.Message,
        };
}
