using Microsoft.AspNetCore.Http.Features;

namespace AdobeTarget.AspNetCore.Tests.Visitor;

/// <summary>
/// A response feature for <c>DefaultHttpContext</c> whose start the test triggers: it keeps the
/// <c>OnStarting</c> callbacks (the default feature drops them) and runs them, last registered first, as a server does.
/// </summary>
public sealed class StartableResponseFeature : HttpResponseFeature
{
    private readonly Stack<(Func<object, Task> Callback, object State)> _starting = new();
    private bool _started;

    public override bool HasStarted => _started;

    /// <summary>Gets how many callbacks were registered.</summary>
    public int StartingCallbacks { get; private set; }

    public override void OnStarting(Func<object, Task> callback, object state)
    {
        lock (_starting)
        {
            _starting.Push((callback, state));
            StartingCallbacks++;
        }
    }

    public async Task StartAsync()
    {
        while (true)
        {
            (Func<object, Task> Callback, object State) next;
            lock (_starting)
            {
                if (!_starting.TryPop(out next))
                {
                    break;
                }
            }

            await next.Callback(next.State);
        }

        _started = true;
    }
}
