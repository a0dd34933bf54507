using AdobeTarget.Delivery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AdobeTarget.Internal;

/// <summary>
/// The <see cref="ITargetClient"/> over the Refit-generated <see cref="IDeliveryApi"/>. Inside a request that went
/// through <c>UseAdobeTarget()</c>, the visitor's state comes from (and goes back to) its <see cref="TargetVisitorFeature"/>.
/// </summary>
internal sealed class TargetClient(
    IDeliveryApi api,
    EdgeHost edgeHost,
    DeliveryHealth health,
    IOptions<AdobeTargetOptions> options,
    TimeProvider timeProvider,
    IHttpContextAccessor httpContextAccessor,
    ILogger<TargetClient> logger) : ITargetClient
{
    public Task<TargetDeliveryResponse> GetOffersAsync(TargetDeliveryOptions options, CancellationToken cancellationToken = default) =>
        SendAsync(RequireRequest(options), options, detached: false, cancellationToken);

    public async Task<TargetAttributes> GetAttributesAsync(IEnumerable<string> mboxNames, TargetDeliveryOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(mboxNames);
        var request = RequireRequest(options);
        var names = mboxNames.ToList();
        if (names.Count == 0 || names.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException("Name at least one mbox, and no empty names.", nameof(mboxNames));
        }

        var response = await SendAsync(AttributeRequest.WithExecutedMboxes(request, names), options, detached: false, cancellationToken).ConfigureAwait(false);
        return new TargetAttributes(response, ResponseItems.AttributesOf(response.Response));
    }

    public Task<TargetDeliveryResponse> SendNotificationsAsync(TargetDeliveryOptions options, CancellationToken cancellationToken = default)
    {
        var request = RequireRequest(options);
        NotificationRules.ThrowIfIncomplete(request.Notifications);
        return SendAsync(request, options, detached: false, cancellationToken);
    }

    /// <summary>
    /// Sends for a visitor the caller has already resolved (the notifier's batches): no request's visitor state is
    /// read or updated, and failures are left to the caller to log.
    /// </summary>
    internal Task<TargetDeliveryResponse> SendDetachedAsync(DeliveryRequest request, TargetDeliveryOptions call, CancellationToken cancellationToken) =>
        SendAsync(request, call, detached: true, cancellationToken);

    private static DeliveryRequest RequireRequest(TargetDeliveryOptions call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.Request ?? throw new ArgumentException("TargetDeliveryOptions.Request is required.", nameof(call));
    }

    private async Task<TargetDeliveryResponse> SendAsync(DeliveryRequest request, TargetDeliveryOptions call, bool detached, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow();

        // Inside a request with UseAdobeTarget(), the visitor's state is automatic, unless the caller passed a cookie.
        var visitor = detached || call.TargetCookie is not null ? null : httpContextAccessor.HttpContext?.Features.Get<ITargetVisitorFeature>() as TargetVisitorFeature;
        var (cookie, visitorHint) = visitor?.Current() ?? (MboxCookieCodec.Parse(call.TargetCookie, now), null);
        var sessionId = visitor is null
            ? cookie.SessionId ?? ValidSessionOption(call.SessionId) ?? TargetSessionId.New()
            : ValidSessionOption(call.SessionId) ?? cookie.SessionId ?? visitor.NewSessionId(); // the caller's explicit value wins over the automatic one

        var requestHint = LocationHint.Validate(call.TargetLocationHint);
        if (requestHint is null && call.TargetLocationHint is { Length: > 0 } ignored)
        {
            TargetClientLog.LocationHintIgnored(logger, ignored.Length);
        }

        requestHint ??= visitorHint;
        var context = new VisitorContext(cookie.TntId, visitor?.MarketingCloudVisitorId, call.PageView ?? visitor?.PageView, visitor?.AmbientContext);
        var completed = DeliveryRequestCompletion.Complete(request, call, context, settings);
        var address = edgeHost.For(requestHint ?? LocationHint.FromTntId(completed.Id?.TntId));
        var response = await DeliverAsync(completed, sessionId, address, settings, logFailures: !detached, cancellationToken).ConfigureAwait(false);

        var tntId = response?.Id?.TntId ?? completed.Id?.TntId;
        var hint = LocationHint.FromTntId(tntId) ?? requestHint ?? LocationHint.FromEdgeHost(response?.EdgeHost);
        var renewed = cookie.Renew(sessionId, tntId, now);
        var targetCookie = MboxCookieCodec.Format(renewed, now);
        var hintCookie = hint is null ? null : MboxCookieCodec.WriteLocationHint(hint);
        visitor?.Apply(renewed, hint, targetCookie, hintCookie);
        return new TargetDeliveryResponse
        {
            Request = completed,
            Response = response,
            TargetCookie = targetCookie,
            TargetLocationHintCookie = hintCookie,
            SessionId = sessionId,
            TntId = tntId,
            LocationHint = hint,
        };
    }

    private async Task<DeliveryResponse?> DeliverAsync(DeliveryRequest request, string sessionId, Uri address, AdobeTargetOptions settings, bool logFailures, CancellationToken cancellationToken)
    {
        using var timeout = new CancellationTokenSource(settings.Timeout, timeProvider);
        using var linked = cancellationToken.CanBeCanceled ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token) : null;
        var token = linked?.Token ?? timeout.Token;
        try
        {
            using var http = await api.DeliverAsync(settings.OrganizationId!, sessionId, null, request, address, token).ConfigureAwait(false);
            var response = await DeliveryResponseReader.ReadAsync(http, request.RequestId, token).ConfigureAwait(false);
            health.Succeeded();
            return response;
        }
        catch (OperationCanceledException e) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw Failed(new TargetTimeoutException(settings.Timeout, request.RequestId, e), address, "timeout", logFailures);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            throw Failed(new TargetConnectionException(address.Authority, request.RequestId, e), address, "connection", logFailures);
        }
        catch (TargetEdgeException e)
        {
            throw Failed(e, address, $"status {(int)e.StatusCode}", logFailures);
        }
        catch (TargetResponseFormatException e)
        {
            throw Failed(e, address, "invalid response body", logFailures);
        }
    }

    private TargetException Failed(TargetException exception, Uri address, string kind, bool log)
    {
        if (exception is TargetEdgeException { StatusCode: System.Net.HttpStatusCode.BadRequest })
        {
            health.Succeeded(); // the edge answered: a 400 is about this request (a bad token), not about the edge
        }
        else
        {
            health.Failed(kind);
        }

        if (log)
        {
            TargetClientLog.DeliveryFailed(logger, exception.RequestId, address.Authority, kind, exception);
        }

        return exception;
    }

    private static string? ValidSessionOption(string? sessionId) =>
        sessionId is null
            ? null
            : TargetSessionId.Validate(sessionId)
              ?? throw new ArgumentException("TargetDeliveryOptions.SessionId must be 1 to 128 printable characters without spaces, '?' or '/'.", nameof(sessionId));
}
