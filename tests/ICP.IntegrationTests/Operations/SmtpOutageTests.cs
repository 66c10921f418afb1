using System.Globalization;
using ICP.Domain.Messaging;
using ICP.Testing;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace ICP.IntegrationTests.Operations;

/// <summary>
/// The mail server is down (connections refused) while the portal acknowledges changes that e-mail
/// people; once it is back, every message is delivered, each exactly once (issue 9, "keep what held").
/// </summary>
public sealed class SmtpOutageTests
{
    [Fact]
    public async Task MailServerRefusingConnections_ThenBack_DeliversEveryMessageExactlyOnce()
    {
        var port = SmtpSink.FreePort();
        await using var portal = new PortalFactory()
            .WithSetting("Email:Smtp:Host", "127.0.0.1")
            .WithSetting("Email:Smtp:Port", port.ToString(CultureInfo.InvariantCulture))
            .WithSetting("Email:Smtp:Security", "None");
        var addresses = Enumerable.Range(1, 4).Select(i => $"officer{i}@outage.example").ToList();
        var client = portal.CreateClient();
        foreach (var address in addresses)
        {
            var register = await HtmlPage.GetAsync(client, "/account/register");
            await client.SubmitAsync(register, "main form", [
                FormSubmission.Field("DisplayName", "Officer"), FormSubmission.Field("Email", address),
                FormSubmission.Field("Password", ApplicantJourney.StrongPassword), FormSubmission.Field("ConfirmPassword", ApplicantJourney.StrongPassword),
                FormSubmission.Field("AcceptPrivacy", "true")]);
        }

        // Every message tried once, refused, and waiting with the error for its next attempt.
        var waiting = await WaitForAsync(portal, all => all.Count == 4 && all.All(m => m.State == DeliveryState.Pending && m.Attempts >= 1));
        Assert.All(waiting, m => Assert.False(string.IsNullOrEmpty(m.LastError)));

        await using var smtp = new SmtpSink(port);
        portal.Clock.Advance(TimeSpan.FromMinutes(2));
        var sent = await WaitForAsync(portal, all => all.All(m => m.State == DeliveryState.Sent));

        // Later rounds of the worker send nothing again.
        portal.Clock.Advance(TimeSpan.FromHours(3));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        Assert.Equal(addresses.Order(StringComparer.Ordinal), smtp.Received.SelectMany(r => r.To).Order(StringComparer.Ordinal));
        Assert.All(smtp.Received, r => Assert.StartsWith("Confirm your e-mail address", r.Message.Subject, StringComparison.Ordinal));
        Assert.Equal(4, sent.Count);
        Assert.All(await WaitForAsync(portal, _ => true), m => Assert.Equal(DeliveryState.Sent, m.State));
    }

    private static async Task<List<OutboxMessage>> WaitForAsync(PortalFactory portal, Func<List<OutboxMessage>, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var all = await portal.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync());
            if (condition(all))
            {
                return all;
            }

            Assert.True(DateTime.UtcNow < deadline, "Outbox: " + string.Join(" | ", all.Select(m => $"{m.To} {m.State} {m.Attempts} {m.LastError}")));
            await Task.Delay(100);
        }
    }
}
