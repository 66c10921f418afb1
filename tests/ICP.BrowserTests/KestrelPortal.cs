using ICP.Testing;

namespace ICP.BrowserTests;

/// <summary>The portal on a real loopback port, for a real browser.</summary>
public sealed class KestrelPortal : PortalFactory
{
    public KestrelPortal()
    {
        WithKestrel();
    }
}
