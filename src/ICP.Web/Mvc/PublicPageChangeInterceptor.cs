using System.Data.Common;
using System.Runtime.CompilerServices;
using ICP.Domain.Activities;
using ICP.Domain.Applications;
using ICP.Domain.Cooperation;
using ICP.Domain.Programme;
using ICP.Domain.Selection;
using ICP.Web.Features.Calls;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace ICP.Web.Mvc;

/// <summary>
/// Evicts the cached public pages when a change to what they show commits, whoever made it (a
/// deadline extension, released results, an edited event, a command, the seeder). Watching the
/// unit of work instead of each workflow means a new workflow cannot forget it. Eviction happens
/// after the commit: evicting before would let a request re-cache the old state in between.
/// </summary>
public sealed class PublicPageChangeInterceptor(IServiceProvider services) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private readonly ConditionalWeakTable<DbContext, Pending> _pending = [];

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Note(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Note(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            EvictIfPendingAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }

        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { Database.CurrentTransaction: null } context)
        {
            await EvictIfPendingAsync(context, cancellationToken);
        }

        return result;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            EvictIfPendingAsync(context, CancellationToken.None).AsTask().GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await EvictIfPendingAsync(context, cancellationToken);
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            _pending.Remove(context);
        }
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        TransactionRolledBack(transaction, eventData);
        return Task.CompletedTask;
    }

    private void Note(DbContext? context)
    {
        if (context is null)
        {
            return;
        }

        var entries = context.ChangeTracker.Entries().Where(ShowsOnPublicPages).ToList();
        if (entries.Count > 0)
        {
            // A transaction may save several times: what one save noted stays noted until the commit.
            var pending = _pending.GetOrCreateValue(context);
            pending.Call |= entries.Any(ChangesTheCall);
        }
    }

    private async ValueTask EvictIfPendingAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (!_pending.TryGetValue(context, out var pending))
        {
            return;
        }

        _pending.Remove(context);
        if (pending.Call)
        {
            await services.GetRequiredService<CallCache>().EvictAsync(cancellationToken);
        }

        if (services.GetService<IOutputCacheStore>() is { } store)
        {
            await store.EvictByTagAsync(PublicPageCache.Tag, cancellationToken);
        }
    }

    /// <summary>What <see cref="CurrentCall.PublicAsync"/> reads: the call, its extensions, themes and phases.</summary>
    private static bool ChangesTheCall(EntityEntry entry) => entry.Entity is Call or DeadlineExtension or Theme or TimelinePhase;

    /// <summary>The entities the public pages show: the call and its programme (its texts in every language), the released results, the partnerships and the activities.</summary>
    private static bool ShowsOnPublicPages(EntityEntry entry)
    {
        if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            return false;
        }

        return entry.Entity switch
        {
            Call or DeadlineExtension or CallObjective or Theme or QuotaGroup or Territory or TimelinePhase or ProgrammeEvent or SelectionDecision or ContentTranslation => true,

            // /partnerships shows the published plan's pairs and the published outputs.
            CooperationPlan or PartnerPair or CityOutput => true,

            // /activities, /timeline and the calendars show the activities; their pages say whether places are left,
            // which changes when a registration's status does (not when someone registers: that holds no place yet).
            // A registration renews the activity's concurrency token alone: that changes no page.
            Activity => entry.State != EntityState.Modified
                || entry.Properties.Any(p => p.IsModified && p.Metadata.Name != nameof(Activity.ConcurrencyToken)),
            ConferenceSession => true,

            // An activity's page lists its public outputs: any output added, shown, hidden or removed.
            ActivityOutput => true,
            ActivityRegistration => entry.State != EntityState.Added && entry.Property(nameof(ActivityRegistration.Status)).IsModified,

            // The results list selected cities: an application entering or leaving that status changes it.
            Application application => entry.State == EntityState.Modified
                ? entry.Property(nameof(Application.Status)) is { IsModified: true } status
                    && (Equals(status.OriginalValue, ApplicationStatus.Selected) || Equals(status.CurrentValue, ApplicationStatus.Selected))
                : application.Status == ApplicationStatus.Selected,
            _ => false,
        };
    }

    private sealed class Pending
    {
        public bool Call { get; set; }
    }
}
