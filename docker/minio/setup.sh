#!/bin/bash
# One-shot setup of MinIO for docker-compose.prod.yml (service minio-setup; the Kubernetes Job
# kubernetes/minio/job-setup.yaml does the same): the attachment bucket, and the backend's own user
# (s3_access_key/s3_secret_key) with a policy limited to that bucket. The root credentials
# (minio_root_user/minio_root_password) stay with MinIO and this job; the backend never gets them.
# Idempotent: run at every `up`.
set -euo pipefail
case "${1:-}" in
  -h | --help) echo "Usage: setup.sh  (in the minio/mc image; secrets under /run/secrets, BUCKET)"; exit 0 ;;
esac
s=/run/secrets
mc alias set tk http://minio:9000 "$(cat "$s/minio_root_user")" "$(cat "$s/minio_root_password")" >/dev/null
mc mb --ignore-existing "tk/$BUCKET"
cat >/tmp/tk-app-policy.json <<JSON
{
  "Version": "2012-10-17",
  "Statement": [
    {"Effect": "Allow", "Action": ["s3:GetBucketLocation", "s3:ListBucket"],
     "Resource": ["arn:aws:s3:::$BUCKET"]},
    {"Effect": "Allow", "Action": ["s3:GetObject", "s3:PutObject", "s3:DeleteObject"],
     "Resource": ["arn:aws:s3:::$BUCKET/*"]}
  ]
}
JSON
mc admin policy create tk tk-app /tmp/tk-app-policy.json
mc admin user add tk "$(cat "$s/s3_access_key")" "$(cat "$s/s3_secret_key")"
mc admin policy attach tk tk-app --user "$(cat "$s/s3_access_key")" || echo "policy already attached"
echo "minio-setup: bucket $BUCKET and its user ready"
