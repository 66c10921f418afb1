using System.Collections.Concurrent;
using System.Data.Common;
using ICP.Infrastructure.Email;
using ICP.Infrastructure.Identity;
using ICP.Infrastructure.Persistence;
using ICP.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static ICP.Testing.FormSubmission;

namespace ICP.IntegrationTests.Accounts;

/// <summary>
/// The forms that e-mail an address (a new password, the confirmation link again) do the same work
/// for an address with an account as for one without: the same statements against the database, in
/// the same order, and the same answer. Whether a message is due, and the token it carries, are
/// worked out afterwards, off the request. Proven by the statements, not by timing.
/// </summary>
public sealed class AccountEnumerationTests
{
    [Theory]
    [InlineData("/account/forgot-password", "known-confirmed@city.example", "password-reset")]
    [InlineData("/account/resend-confirmation", "known-unconfirmed@city.example", "account-confirmation")]
    public async Task EmailForm_KnownAndUnknownAddress_RunTheSameStatements_AndOnlyTheKnownOneGetsAMessageLater(string path, string known, string kind)
    {
        await using var portal = new StatementRecordingPortal();
        await CreateAccountAsync(portal, "known-confirmed@city.example", confirmed: true);
        await CreateAccountAsync(portal, "known-unconfirmed@city.example", confirmed: false);
        var client = portal.CreateClient();

        var (knownStatements, knownAnswer) = await PostAsync(portal, client, path, known);
        var (unknownStatements, unknownAnswer) = await PostAsync(portal, client, path, "nobody-at-all@city.example");

        Assert.NotEmpty(knownStatements);
        Assert.Equal(knownStatements, unknownStatements);
        Assert.Equal(knownAnswer, unknownAnswer);
        Assert.Equal(0, await portal.WithDbAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(2, await portal.WithDbAsync(db => db.AccountEmailRequests.CountAsync()));

        // Afterwards (the outbox worker's work, run here by hand): a message for the account only.
        await using (var scope = portal.Services.CreateAsyncScope())
        {
            foreach (var preparation in scope.ServiceProvider.GetServices<IOutboxPreparation>())
            {
                await preparation.PrepareAsync(CancellationToken.None);
            }
        }

        var messages = await portal.WithDbAsync(db => db.OutboxMessages.Select(m => new { m.To, m.Kind }).ToListAsync());
        Assert.Equal([(known, kind)], messages.Select(m => (m.To, m.Kind)));
        Assert.Equal(0, await portal.WithDbAsync(db => db.AccountEmailRequests.CountAsync()));
    }

    private static async Task<(List<string> Statements, string Answer)> PostAsync(StatementRecordingPortal portal, HttpClient client, string path, string email)
    {
        var form = await HtmlPage.GetAsync(client, path);
        var from = portal.Statements.Count;
        var answer = await client.SubmitAsync(form, "main form", [Field("Email", email)]);
        return ([.. portal.Statements.Skip(from)], $"{(int)answer.StatusCode} {answer.Response.RequestMessage!.RequestUri!.AbsolutePath} {answer.MainText}");
    }

    private static async Task CreateAccountAsync(PortalFactory portal, string email, bool confirmed)
    {
        await using var scope = portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var created = await users.CreateAsync(new PortalUser { UserName = email, Email = email, DisplayName = "Known", EmailConfirmed = confirmed }, ApplicantJourney.StrongPassword);
        Assert.True(created.Succeeded);
    }

    /// <summary>The portal with no outbox worker, recording the text of every SQL statement it runs.</summary>
    private sealed class StatementRecordingPortal : PortalFactory
    {
        private readonly Recorder _recorder = new();

        public StatementRecordingPortal() => WithSetting("Email:RunOutboxWorker", "false");

        public IReadOnlyList<string> Statements => [.. _recorder.Statements];

        protected override void ConfigureTestServices(IServiceCollection services) =>
            services.ConfigureDbContext<SqliteIcpDbContext>(options => options.AddInterceptors(_recorder));

        private sealed class Recorder : DbCommandInterceptor
        {
            public ConcurrentQueue<string> Statements { get; } = new();

            public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
                DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
            {
                Statements.Enqueue(command.CommandText);
                return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
            }

            public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
                DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
            {
                Statements.Enqueue(command.CommandText);
                return base.NonQueryExecutingAsync(command, eventData, result, cancellationToken);
            }

            public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
                DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
            {
                Statements.Enqueue(command.CommandText);
                return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
            }

            public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
            {
                Statements.Enqueue(command.CommandText);
                return base.ReaderExecuting(command, eventData, result);
            }
        }
    }
}
