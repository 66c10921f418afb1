namespace ICP.Domain.Cooperation;

/// <summary>Why a pair ended.</summary>
public enum PairEnd
{
    /// <summary>A programme manager took it apart.</summary>
    RemovedByStaff,

    /// <summary>One of the two cities declined its selection and left.</summary>
    CityDeclined,
}
