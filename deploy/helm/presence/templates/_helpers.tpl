{{/*
Helpers of the presence chart. The templates use a small, fixed set of Helm functions (see
deploy/README.md), so test/deploy can render them without a helm binary.
*/}}

{{/* Chart name, shortened to 63 characters (Kubernetes name limit). */}}
{{- define "presence.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* "<release>-presence", or the release name alone when it already contains the chart name. */}}
{{- define "presence.fullname" -}}
{{- if .Values.fullnameOverride -}}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .Chart.Name .Values.nameOverride -}}
{{- if contains $name .Release.Name -}}
{{- .Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* Name of a service's resources: "<fullname>-<service>". Argument: dict root, name. */}}
{{- define "presence.componentName" -}}
{{- printf "%s-%s" (include "presence.fullname" .root) .name | trunc 63 | trimSuffix "-" -}}
{{- end -}}

{{/* Labels of every resource. */}}
{{- define "presence.labels" -}}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
app.kubernetes.io/name: {{ include "presence.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: presence
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end -}}

{{/* Selector of one service's pods. Argument: dict root, name. */}}
{{- define "presence.selectorLabels" -}}
app.kubernetes.io/name: {{ include "presence.name" .root }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .name }}
{{- end -}}

{{- define "presence.serviceAccountName" -}}
{{- if .Values.serviceAccount.create -}}
{{- default (include "presence.fullname" .) .Values.serviceAccount.name -}}
{{- else -}}
{{- default "default" .Values.serviceAccount.name -}}
{{- end -}}
{{- end -}}

{{- define "presence.apiTokenSecretName" -}}
{{- if .Values.apiToken.existingSecret -}}
{{- .Values.apiToken.existingSecret -}}
{{- else -}}
{{- printf "%s-api-token" (include "presence.fullname" .) -}}
{{- end -}}
{{- end -}}

{{/*
A configuration key as one service sees it: its own <service>.config entry, else config.
Argument: dict root, component (the service's values), key. Prints the value.
*/}}
{{- define "presence.setting" -}}
{{- if hasKey .component.config .key -}}
{{- include "presence.envValue" (index .component.config .key) -}}
{{- else -}}
{{- include "presence.envValue" (index .root.Values.config .key) -}}
{{- end -}}
{{- end -}}

{{/*
A configuration value as a PRESENCE_* variable holds it (docs/configuration.md): lists
comma-separated, null as the empty string (unset), numbers in decimal digits.
*/}}
{{- define "presence.envValue" -}}
{{- if kindIs "invalid" . -}}
{{- else if kindIs "slice" . -}}
{{- join "," . -}}
{{- else if kindIs "float64" . -}}
{{- int64 . -}}
{{- else -}}
{{- toString . -}}
{{- end -}}
{{- end -}}

{{/* Full name of a dependency chart, as its own helpers build it. Argument: dict root, name, values. */}}
{{- define "presence.dependencyFullname" -}}
{{- if index .values "fullnameOverride" -}}
{{- index .values "fullnameOverride" | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- $name := default .name (index .values "nameOverride") -}}
{{- if contains $name .root.Release.Name -}}
{{- .root.Release.Name | trunc 63 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .root.Release.Name $name | trunc 63 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}
{{- end -}}

{{/* NATS URL from nats.enabled or externalNats.url; empty: config.nats_url applies. */}}
{{- define "presence.natsUrl" -}}
{{- if .Values.nats.enabled -}}
{{- printf "nats://%s:4222" (include "presence.dependencyFullname" (dict "root" . "name" "nats" "values" .Values.nats)) -}}
{{- else -}}
{{- .Values.externalNats.url -}}
{{- end -}}
{{- end -}}

{{/* True (non-empty) when redis.enabled or externalRedis names a Redis. */}}
{{- define "presence.redisConfigured" -}}
{{- if or .Values.redis.enabled .Values.externalRedis.existingSecret .Values.externalRedis.url -}}true{{- end -}}
{{- end -}}

{{/* Environment entries that point a split service at Redis. */}}
{{- define "presence.redisEnv" -}}
{{- if .Values.redis.enabled }}
{{- $redis := include "presence.dependencyFullname" (dict "root" . "name" "redis" "values" .Values.redis) }}
{{- if .Values.redis.auth.enabled }}
- name: REDIS_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ default $redis (index .Values.redis.auth "existingSecret") }}
      key: {{ default "redis-password" (index .Values.redis.auth "existingSecretPasswordKey") }}
- name: PRESENCE_REDIS_URL
  value: {{ printf "redis://:$(REDIS_PASSWORD)@%s-master:6379" $redis | quote }}
{{- else }}
- name: PRESENCE_REDIS_URL
  value: {{ printf "redis://%s-master:6379" $redis | quote }}
{{- end }}
{{- else if .Values.externalRedis.existingSecret }}
- name: PRESENCE_REDIS_URL
  valueFrom:
    secretKeyRef:
      name: {{ .Values.externalRedis.existingSecret }}
      key: {{ .Values.externalRedis.existingSecretKey }}
{{- else if .Values.externalRedis.url }}
- name: PRESENCE_REDIS_URL
  value: {{ .Values.externalRedis.url | quote }}
{{- end }}
{{- end -}}

{{/* The service's port numbers. Argument: dict root, component. */}}
{{- define "presence.apiPort" -}}
{{- include "presence.setting" (dict "root" .root "component" .component "key" "api_port") -}}
{{- end -}}
{{- define "presence.sipPort" -}}
{{- include "presence.setting" (dict "root" .root "component" .component "key" "sip_port") -}}
{{- end -}}

{{/*
The pod template shared by every Deployment. Argument: dict root, name (edge, presentity,
subscription, notifier, standalone), component (that service's values).
*/}}
{{- define "presence.podTemplate" -}}
{{- $root := .root -}}
{{- $c := .component -}}
{{- $split := ne .name "standalone" -}}
{{- $sip := or (eq .name "edge") (eq .name "standalone") -}}
{{- $transports := $root.Values.config.sip_transports -}}
{{- if hasKey $c.config "sip_transports" }}{{ $transports = index $c.config "sip_transports" }}{{ end -}}
{{- $apiPort := include "presence.apiPort" (dict "root" $root "component" $c) -}}
{{- $sipPort := include "presence.sipPort" (dict "root" $root "component" $c) -}}
{{- $hostNetwork := and (eq .name "edge") $c.hostNetwork -}}
metadata:
  labels:
    {{- include "presence.labels" $root | nindent 4 }}
    app.kubernetes.io/component: {{ .name }}
  annotations:
    checksum/config: {{ include (print $root.Template.BasePath "/configmap.yaml") $root | sha256sum }}
    checksum/api-token: {{ include (print $root.Template.BasePath "/secret.yaml") $root | sha256sum }}
    {{- if $root.Values.metrics.podAnnotations }}
    prometheus.io/scrape: "true"
    prometheus.io/port: {{ $apiPort | quote }}
    prometheus.io/path: /metrics
    {{- end }}
    {{- with $c.podAnnotations }}
    {{- toYaml . | nindent 4 }}
    {{- end }}
spec:
  # Service links would inject <SERVICE>_PORT variables, e.g. PRESENCE_SIP_PORT=udp://... for a
  # Service named presence-sip, which collide with the PRESENCE_* configuration keys.
  enableServiceLinks: false
  serviceAccountName: {{ include "presence.serviceAccountName" $root }}
  automountServiceAccountToken: {{ $root.Values.serviceAccount.automountToken }}
  terminationGracePeriodSeconds: {{ $root.Values.terminationGracePeriodSeconds }}
  {{- with $root.Values.imagePullSecrets }}
  imagePullSecrets:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- if $hostNetwork }}
  hostNetwork: true
  dnsPolicy: ClusterFirstWithHostNet
  {{- end }}
  {{- with $c.priorityClassName }}
  priorityClassName: {{ . }}
  {{- end }}
  securityContext:
    {{- toYaml $root.Values.podSecurityContext | nindent 4 }}
  containers:
    - name: {{ .name }}
      image: {{ printf "%s:%s" $root.Values.image.repository (default $root.Chart.AppVersion $root.Values.image.tag) | quote }}
      imagePullPolicy: {{ $root.Values.image.pullPolicy }}
      args: [{{ .name | quote }}]
      securityContext:
        {{- toYaml $root.Values.securityContext | nindent 8 }}
      ports:
        {{- if and $sip (has "udp" $transports) }}
        - name: sip-udp
          containerPort: {{ $sipPort }}
          protocol: UDP
        {{- end }}
        {{- if and $sip (has "tcp" $transports) }}
        - name: sip-tcp
          containerPort: {{ $sipPort }}
          protocol: TCP
        {{- end }}
        - name: http
          containerPort: {{ $apiPort }}
          protocol: TCP
      env:
        - name: PRESENCE_CONFIG
          value: /etc/presence/presence.yaml
        - name: POD_NAME
          valueFrom:
            fieldRef:
              fieldPath: metadata.name
        - name: POD_NAMESPACE
          valueFrom:
            fieldRef:
              fieldPath: metadata.namespace
        # Names this replica on the bus (edge subjects, expiry lease owner).
        - name: PRESENCE_INSTANCE_ID
          valueFrom:
            fieldRef:
              fieldPath: metadata.name
        {{- if $split }}
        {{- $natsUrl := include "presence.natsUrl" $root }}
        {{- if and $natsUrl (not (hasKey $c.config "nats_url")) }}
        - name: PRESENCE_NATS_URL
          value: {{ $natsUrl | quote }}
        {{- end }}
        {{- if not (or (hasKey $c.config "redis_url") (hasKey $c.config "db_url")) }}
        {{- with include "presence.redisEnv" $root | trim }}
        {{- . | nindent 8 }}
        {{- end }}
        {{- end }}
        {{- end }}
        {{- if or $root.Values.apiToken.value $root.Values.apiToken.existingSecret }}
        - name: PRESENCE_API_TOKEN
          valueFrom:
            secretKeyRef:
              name: {{ include "presence.apiTokenSecretName" $root }}
              key: {{ if $root.Values.apiToken.existingSecret }}{{ $root.Values.apiToken.existingSecretKey }}{{ else }}api-token{{ end }}
        {{- end }}
        - name: OTEL_SERVICE_NAME
          value: {{ if $split }}{{ printf "presence-%s" .name | quote }}{{ else }}"presence"{{ end }}
        {{- $attrs := "k8s.pod.name=$(POD_NAME),k8s.namespace.name=$(POD_NAMESPACE),service.instance.id=$(POD_NAME)" }}
        {{- with $root.Values.tracing.resourceAttributes }}{{ $attrs = printf "%s,%s" $attrs . }}{{ end }}
        - name: OTEL_RESOURCE_ATTRIBUTES
          value: {{ $attrs | quote }}
        {{- with $root.Values.tracing.otlpEndpoint }}
        - name: OTEL_EXPORTER_OTLP_ENDPOINT
          value: {{ . | quote }}
        - name: OTEL_EXPORTER_OTLP_PROTOCOL
          value: {{ $root.Values.tracing.protocol | quote }}
        - name: OTEL_TRACES_SAMPLER
          value: {{ $root.Values.tracing.sampler | quote }}
        - name: OTEL_TRACES_SAMPLER_ARG
          value: {{ $root.Values.tracing.samplerArg | quote }}
        {{- end }}
        {{- range $key, $value := $c.config }}
        - name: {{ printf "PRESENCE_%s" (upper $key) }}
          value: {{ include "presence.envValue" $value | quote }}
        {{- end }}
        {{- with $c.extraEnv }}
        {{- toYaml . | nindent 8 }}
        {{- end }}
      # Every service, standalone included, serves /healthz and /readyz on the API port.
      startupProbe:
        httpGet:
          path: /healthz
          port: http
        {{- toYaml $root.Values.probes.startup | nindent 8 }}
      livenessProbe:
        httpGet:
          path: /healthz
          port: http
        {{- toYaml $root.Values.probes.liveness | nindent 8 }}
      readinessProbe:
        httpGet:
          path: /readyz
          port: http
        {{- toYaml $root.Values.probes.readiness | nindent 8 }}
      resources:
        {{- toYaml $c.resources | nindent 8 }}
      volumeMounts:
        - name: config
          mountPath: /etc/presence
          readOnly: true
        - name: tmp
          mountPath: /tmp
  volumes:
    - name: config
      configMap:
        name: {{ include "presence.fullname" $root }}
    - name: tmp
      emptyDir:
        sizeLimit: 64Mi
  {{- with $c.nodeSelector }}
  nodeSelector:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- with $c.tolerations }}
  tolerations:
    {{- toYaml . | nindent 4 }}
  {{- end }}
  {{- if $c.affinity }}
  affinity:
    {{- toYaml $c.affinity | nindent 4 }}
  {{- else if $hostNetwork }}
  # On the host network two edges on one node would both bind the SIP port.
  affinity:
    podAntiAffinity:
      requiredDuringSchedulingIgnoredDuringExecution:
        - topologyKey: kubernetes.io/hostname
          labelSelector:
            matchLabels:
              {{- include "presence.selectorLabels" (dict "root" $root "name" .name) | nindent 14 }}
  {{- end }}
  {{- with (index $c "topologySpreadConstraints") }}
  topologySpreadConstraints:
    {{- toYaml . | nindent 4 }}
  {{- end }}
{{- end -}}
