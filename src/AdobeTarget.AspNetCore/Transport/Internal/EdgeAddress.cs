namespace AdobeTarget.Internal;

/// <summary>One edge host the process talks to.</summary>
internal sealed class EdgeAddress(Uri address, EdgeHostKind kind)
{
    private volatile bool _proven = kind != EdgeHostKind.Hint;

    /// <summary>Gets the base address of the Delivery API on this host.</summary>
    public Uri Address { get; } = address;

    /// <summary>Gets the host and port, for messages.</summary>
    public string Authority { get; } = address.Authority;

    /// <summary>Gets the kind of host.</summary>
    public EdgeHostKind Kind { get; } = kind;

    /// <summary>
    /// Gets a value indicating whether the host has answered this process at least once. Configured hosts are proven
    /// from the start; a host named by a visitor's hint is proven by its first answer.
    /// </summary>
    public bool IsProven => _proven;

    /// <summary>Records that the host answered.</summary>
    public void Answered() => _proven = true;
}
