using ICP.Domain.Common;

namespace ICP.Domain.Cooperation;

/// <summary>A delegate with this e-mail address is already on the city's list for the visit.</summary>
public sealed class DelegateAlreadyRegisteredException()
    : DomainException("delegate-already-registered", "This delegate is already registered.");
