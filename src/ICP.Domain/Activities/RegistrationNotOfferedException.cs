using ICP.Domain.Common;

namespace ICP.Domain.Activities;

/// <summary>The activity takes no public registrations (a study visit, or an activity not public).</summary>
public sealed class RegistrationNotOfferedException(int activityId)
    : DomainException("registration-not-offered", $"Activity {activityId} takes no public registrations.");
