export { Router, useParams, useLocation, useNavigate, useHref, useLinkClickHandler } from 'react-router';
