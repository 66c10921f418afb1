namespace ICP.Domain.Activities;

/// <summary>Where a registration for an activity stands. Only <see cref="Confirmed"/> holds a place.</summary>
public enum RegistrationStatus
{
    /// <summary>Registered, but the e-mailed confirmation link was not followed yet: holds no place.</summary>
    AwaitingConfirmation,

    /// <summary>Confirmed and holding a place.</summary>
    Confirmed,

    /// <summary>Confirmed while the activity was full: waits for a place, in order of confirmation.</summary>
    Waiting,

    /// <summary>Cancelled by the person (link in the e-mail) or by staff; kept for the record.</summary>
    Cancelled,
}
