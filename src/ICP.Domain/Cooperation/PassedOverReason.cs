namespace ICP.Domain.Cooperation;

/// <summary>Why the proposal did not pair a city with a partner that shares themes with it.</summary>
public enum PassedOverReason
{
    /// <summary>The other city already has as many partners as the limit allows.</summary>
    OtherCityFull,

    /// <summary>This city already has as many partners as the limit allows.</summary>
    CityFull,
}
